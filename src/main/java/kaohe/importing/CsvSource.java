package kaohe.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;

import kaohe.ledger.LedgerException;
import kaohe.ledger.RawCell;
import kaohe.ledger.RawRow;
import kaohe.ledger.SheetInfo;
import kaohe.rules.Names;

/**
 * Reads a CSV file as Chinese Excel and WPS save it: UTF-8 with or without a byte-order mark, or GB18030
 * (which includes GBK) without any marker. Fields follow RFC 4180: a quote inside a quoted field is doubled,
 * and a backslash is an ordinary character.
 */
final class CsvSource {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvSource() {
    }

    static SourceSheet read(Path file) throws LedgerException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LedgerException(name + "：无法读取（" + e.getMessage() + "）", e);
        }
        return new SourceSheet(new SheetInfo(name, null, false), rows(name, decode(name, bytes)));
    }

    /**
     * Decodes the bytes as UTF-8 if they are valid UTF-8, else as GB18030 if they are valid GB18030; both
     * decoders reject malformed input instead of replacing it, so a file is never read garbled.
     *
     * @throws LedgerException when the bytes are neither, or hold NUL characters as UTF-16 text does
     */
    static String decode(String fileName, byte[] bytes) throws LedgerException {
        boolean utf8Bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        String text = strictDecode(bytes, utf8Bom ? 3 : 0, StandardCharsets.UTF_8);
        if (text == null && !utf8Bom) {
            text = strictDecode(bytes, 0, GB18030);
        }
        if (text == null || text.indexOf('\0') >= 0) {
            throw new LedgerException(fileName + "：既不是 UTF-8 编码也不是 GB18030（GBK）编码的 CSV 文本，无法可靠读取。"
                    + "请在 Excel 或 WPS 中打开它，另存为“CSV UTF-8（逗号分隔）”后再导入，或直接导入 .xlsx 文件");
        }
        return text;
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Splits the text into records; each record is a row numbered from 1, as Excel shows the file. */
    private static List<RawRow> rows(String fileName, String text) throws LedgerException {
        List<RawRow> rows = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .build()) {
            String[] fields;
            int rowNumber = 0;
            while ((fields = reader.readNext()) != null) {
                rowNumber++;
                RawRow row = row(rowNumber, fields);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | CsvValidationException e) {
            throw new LedgerException(fileName + "：无法按 CSV 读取（" + e.getMessage() + "）", e);
        }
        return rows;
    }

    private static RawRow row(int rowNumber, String[] fields) {
        List<RawCell> cells = new ArrayList<>();
        boolean blank = true;
        for (int column = 0; column < fields.length; column++) {
            if (!fields[column].isEmpty()) {
                cells.add(RawCell.text(column, fields[column]));
                blank &= Names.clean(fields[column]).isEmpty();
            }
        }
        return blank ? null : new RawRow(rowNumber, cells, false);
    }
}
