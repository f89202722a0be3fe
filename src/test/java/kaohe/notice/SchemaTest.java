package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kaohe.ledger.LedgerException;
import kaohe.ledger.Location;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.SetAside;

/**
 * The notice's sheets, styles, workbook, drawing and charts checked against the OOXML schemas, because Excel
 * checks a file more strictly than POI or LibreOffice. The schemas are POI's full set, which Maven copies to
 * the folder the system property {@code kaohe.schemaJars} names, and which are loaded here ahead of the
 * smaller set POI itself runs with.
 */
class SchemaTest {

    /**
     * The parts checked, by the start of their names. The package's own parts (content types, relationships
     * and properties) are left to POI, which refuses a file whose package parts it cannot read.
     */
    private static final List<String> CHECKED = List.of("xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet",
            "xl/drawings/drawing", "xl/charts/chart");
    /**
     * The schemas declare no xml:space on a cell's text, but Excel writes it itself to keep leading and
     * trailing spaces, so it is allowed here.
     */
    /** The class of POI's compiled schemas, which has the same name in the full set and the smaller one. */
    private static final String TYPE_SYSTEM = "org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder";
    private static final String XML_SPACE = "space@http://www.w3.org/XML/1998/namespace";

    private static URLClassLoader schemas;
    private static SchemaTypeLoader types;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadSchemas() throws IOException, ReflectiveOperationException {
        Path folder = Path.of(System.getProperty("kaohe.schemaJars", "target/schema-jars"));
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(file -> file.getFileName().toString().startsWith("poi-ooxml-full-")).toList();
        }
        assertEquals(1, jars.size(), "one schema jar in " + folder + ", which Maven copies before the tests");
        schemas = new SchemasFirst(jars.get(0).toUri().toURL(), SchemaTest.class.getClassLoader());
        types = (SchemaTypeLoader) schemas.loadClass(TYPE_SYSTEM).getField("typeSystem").get(null);
    }

    @AfterAll
    static void closeSchemas() throws IOException {
        schemas.close();
    }

    @Test
    void juneNoticeIsValid() throws IOException {
        NoticeFixture fixture = NoticeFixture.june();
        assertValid(write(fixture.rules, fixture.score()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2018-05.xlsx", "2018-06.xlsx"})
    void sampleNoticeIsValid(String ledger) throws IOException, LedgerException {
        Rules rules = RulesLoader.defaults();
        assertValid(write(rules, NoticeFixture.scoreSample(rules, ledger)));
    }

    @Test
    void noticeWithoutRowsIsValid() throws IOException {
        NoticeFixture fixture = new NoticeFixture();
        assertValid(write(fixture.rules, fixture.score()));
    }

    @Test
    void noticeWithMarksInTextIsValid() throws IOException {
        NoticeFixture fixture = NoticeFixture.june();
        fixture.records.setAside.add(new SetAside(Location.row("<&\"'>.xlsx", "录用'", 30),
                SetAside.Disposition.PROBLEM, " 原因 <b>&amp; \u0001"));
        assertValid(write(fixture.rules, fixture.score()));
    }

    @Test
    void chartOfOneUnitIsValid() throws XmlException {
        ColumnChart chart = new ColumnChart("F类单位累计得分与年度目标分", "分", "'排名'!$B$4:$B$4", List.of("瓜沥镇"),
                new ColumnChart.Series("累计得分", "'排名'!$F$4:$F$4", List.of(-50.0)),
                new ColumnChart.Series("目标分", "'排名'!$G$4:$G$4", List.of(20.0)));
        assertEquals(List.of(), errors("chart1.xml", chart.xml()));
    }

    @Test
    void schemaCatchesAnElementOutOfPlace() throws XmlException {
        String misplaced = "<worksheet xmlns=\"" + XlsxBook.MAIN_NAMESPACE + "\"><sheetData/><dimension ref=\"A1\"/>"
                + "</worksheet>";
        assertEquals(1, errors("sheet.xml", misplaced).size());
    }

    private Path write(Rules rules, ScoreResult result) throws IOException {
        Path file = folder.resolve("notice.xlsx");
        new NoticeWriter(rules).write(result, file);
        return file;
    }

    private static void assertValid(Path notice) throws IOException {
        Map<String, List<String>> invalid = new TreeMap<>();
        int checked = 0;
        try (ZipFile zip = new ZipFile(notice.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (CHECKED.stream().noneMatch(entry.getName()::startsWith)) {
                    continue;
                }
                checked++;
                try (InputStream in = zip.getInputStream(entry)) {
                    List<String> errors = errors(entry.getName(), new String(in.readAllBytes(),
                            StandardCharsets.UTF_8));
                    if (!errors.isEmpty()) {
                        invalid.put(entry.getName(), errors);
                    }
                } catch (XmlException e) {
                    invalid.put(entry.getName(), List.of(e.getMessage()));
                }
            }
        }
        assertEquals(Map.of(), invalid);
        assertTrue(checked >= 9, "a workbook, styles and seven sheets at least: " + checked);
    }

    /** Returns the schema errors of a part, other than xml:space on text. */
    private static List<String> errors(String name, String xml) throws XmlException {
        XmlObject part = types.parse(xml, null, new XmlOptions().setDocumentSourceName(name));
        assertTrue(part.schemaType().isDocumentType(), name + " has no schema type: " + part.schemaType());
        List<XmlError> found = new ArrayList<>();
        part.validate(new XmlOptions().setErrorListener(found));
        return found.stream().map(XmlError::toString).filter(error -> !error.contains(XML_SPACE)).toList();
    }

    /**
     * A class loader that loads the schema classes and their compiled type systems from the full jar before the
     * test class path, because poi-ooxml-lite has classes of the same names. XMLBeans itself comes from the
     * class path.
     */
    private static final class SchemasFirst extends URLClassLoader {
        private static final List<String> OWN = List.of("org.openxmlformats.", "org.apache.poi.schemas.",
                "com.microsoft.schemas.", "org.etsi.", "org.w3.");

        SchemasFirst(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (OWN.stream().noneMatch(name::startsWith)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
