package kaohe.notice;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import kaohe.rules.Rules;
import kaohe.scoring.ScoreResult;

/**
 * Writes the monthly notice (通报): a workbook ready to print on A4, and the drafted notice text.
 *
 * <p>The workbook has the sheets 排名, 目标完成, 得分明细, 扣分明细, 未计分, 通报正文 and 图表, each titled with
 * the period. The same {@link ScoreResult} gives the same bytes: the document dates are fixed to the last
 * day of the notice month at 00:00 UTC, and POI 5.5 stamps every zip entry with the same zero time.
 *
 * <p>The workbook is streamed ({@link SXSSFWorkbook}) so that detail sheets of 100,000 rows and more do not
 * have to fit in memory as cell objects. Only the last {@value #ROW_WINDOW} rows of a sheet are kept in memory.
 */
public final class NoticeWriter {

    /** How many rows of each sheet the streaming workbook keeps in memory before writing them out. */
    static final int ROW_WINDOW = 200;
    /** The bytes of the notice file buffered before they are written: 64 KB. */
    private static final int FILE_BUFFER = 1 << 16;

    private final NoticeText text;
    private final boolean poiCells;
    /**
     * The result whose passes were made last, and those passes. The 通报正文 sheet and the text file of one run
     * need the same paragraphs, and working them out goes over every record of the period.
     */
    private ScoreResult passesResult;
    private NoticePasses passes;
    /** The workbook that {@link #startWorkbook} is making for the next write, or null. */
    private CompletableFuture<BlankNotice> started;

    /** The notice's sheets in their order in the workbook. */
    private static final List<String> SHEET_NAMES = List.of(RankingSheet.NAME, TargetSheet.NAME, DetailSheet.NAME,
            DeductionSheet.NAME, SetAsideSheet.NAME, TextSheet.NAME, ChartSheet.NAME);

    /** A new notice workbook with its styles and its empty sheets, the 图表 sheet with its drawing. */
    private record BlankNotice(NoticeWorkbook workbook, Styles styles) {

        static BlankNotice create(boolean poiCells) {
            NoticeWorkbook workbook = new NoticeWorkbook(ROW_WINDOW, poiCells);
            Styles styles = new Styles(workbook);
            SHEET_NAMES.forEach(workbook::createSheet);
            workbook.getXSSFWorkbook().getSheet(ChartSheet.NAME).createDrawingPatriarch();
            return new BlankNotice(workbook, styles);
        }
    }

    /** Creates a writer that names the kinds of leader instruction as {@code rules} does. */
    public NoticeWriter(Rules rules) {
        this(rules, false);
    }

    /**
     * Creates a writer as {@link #NoticeWriter(Rules)} does.
     *
     * @param poiCells whether the cells go through POI's own sheet writer, for tests to compare with
     */
    NoticeWriter(Rules rules, boolean poiCells) {
        this.text = new NoticeText(rules.instructions().items());
        this.poiCells = poiCells;
    }

    /**
     * Starts making the workbook of the next notice on a thread of its own, so that the caller can read and
     * score the ledgers meanwhile. A notice workbook, its styles and its empty sheets do not depend on the
     * result. Making the workbook and styles alone took about 100 ms of the sample's 0.8 s run on a 2-core
     * machine, most of it loading and initialising POI's classes. Does nothing on a machine of one core or
     * when a workbook is already started.
     */
    public void startWorkbook() {
        if (started != null || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        started = CompletableFuture.supplyAsync(() -> BlankNotice.create(poiCells), task -> {
            Thread thread = new Thread(task, "kaohe-notice-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * Returns the workbook {@link #startWorkbook} started, once it is made, or else a new one. When making it
     * failed on the other thread, the workbook is made again here, so that the failure is raised again on the
     * caller's thread with the caller's stack.
     */
    private BlankNotice blankNotice() {
        CompletableFuture<BlankNotice> pending = started;
        started = null;
        if (pending != null) {
            try {
                return pending.join();
            } catch (CompletionException | CancellationException e) {
                // Made again below, on this thread.
            }
        }
        return BlankNotice.create(poiCells);
    }

    /**
     * Writes the notice workbook to {@code target}, replacing a file already there.
     *
     * <p>The workbook is written to a temporary file in the target's folder and then moved over the target in
     * one atomic step, so the target is never left half written. The temporary file is removed on failure.
     * The caller decides beforehand whether an existing file may be replaced.
     *
     * @throws IOException when the folder cannot be written or the move fails
     */
    public void write(ScoreResult result, Path target) throws IOException {
        AtomicFiles.write(target, content(result));
    }

    /** Returns the notice workbook as content for {@link AtomicFiles}, to be written with other outputs. */
    public AtomicFiles.Content content(ScoreResult result) {
        return file -> {
            // POI's zip stream writes deflated bytes 512 at a time, a system call each without a buffer.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER)) {
                writeWorkbook(result, out);
            }
        };
    }

    /**
     * Returns the drafted notice text (通报正文): one paragraph a line, each ending with a line break. It is
     * the text of the 通报正文 sheet, and the caller writes it as UTF-8.
     *
     * <p>The month's totals (submissions, adoptions by level, media reports, instructions by kind of leader)
     * count the records whose {@code month()} is {@link ScoreResult#month()} and that the scoring kept:
     * submissions of assessed units that repeat no other submission, and adoption and instruction rows that
     * are sources of a scored article. Adoptions count once per row (篇次), also where a higher adoption of
     * the same article is the one that scores. The top three, targets, deductions, units without adoption
     * and rows set aside are those of the whole period scored, as on the sheets.
     */
    public String draftText(ScoreResult result) {
        return passes(result).paragraphs().stream().map(paragraph -> paragraph.text() + "\n")
                .collect(Collectors.joining());
    }

    /**
     * Returns the passes over the last result given, made once for it. For a large result the first call starts
     * measuring the detail and set-aside sheets on a thread of its own, which the workbook then waits for.
     */
    private NoticePasses passes(ScoreResult result) {
        if (result != passesResult) {
            passes = new NoticePasses(text, result, !poiCells);
            passesResult = result;
        }
        return passes;
    }

    private void writeWorkbook(ScoreResult result, OutputStream out) throws IOException {
        BlankNotice blank = blankNotice();
        try (SXSSFWorkbook workbook = blank.workbook()) {
            NoticePasses measured = passes(result);
            Styles styles = blank.styles();
            String title = NoticeTitle.of(result.month(), result.months());

            List<RankingSheet.Block> blocks = RankingSheet.write(workbook, styles, title, result.rankings());
            TargetSheet.write(workbook, styles, title, result.rankings());
            DetailSheet.write(workbook, styles, title, result, measured.detail());
            DeductionSheet.write(workbook, styles, title, result);
            SetAsideSheet.write(workbook, styles, title, result.setAside(), measured.setAside());
            TextSheet.write(workbook, styles, title, measured.paragraphs());
            Sheet chartSheet = workbook.getSheet(ChartSheet.NAME);
            XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(ChartSheet.NAME).createDrawingPatriarch();
            ChartSheet.write(chartSheet, drawing, styles, title, blocks);

            workbook.setActiveSheet(0);
            setProperties(workbook.getXSSFWorkbook().getProperties(), result);
            save(workbook, out);
        }
    }

    /**
     * Writes the workbook. POI reports some failed writes of a part only as an unchecked exception without
     * its cause, after logging the IOException, so that exception is turned back into an IOException here.
     */
    private static void save(SXSSFWorkbook workbook, OutputStream out) throws IOException {
        try {
            workbook.write(out);
        } catch (OpenXML4JRuntimeException e) {
            throw new IOException("无法保存通报工作簿，多为输出文件夹或临时文件夹 " + System.getProperty("java.io.tmpdir")
                    + " 所在磁盘空间不足", e);
        }
    }

    private static void setProperties(POIXMLProperties properties, ScoreResult result) {
        // The last day of the notice month at 00:00 UTC, so that the dates never differ between two writes.
        Date time = Date.from(result.month().atEndOfMonth().atStartOfDay().toInstant(ZoneOffset.UTC));
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreated(Optional.of(time));
        core.setModified(Optional.of(time));
        core.setTitle(NoticeTitle.of(result.month(), result.months()));
        core.setCreator("kaohe");
    }
}
