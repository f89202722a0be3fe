package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The kind of a file as its first bytes show it, whatever its extension says. Clerks often receive "Excel"
 * files that a web system exported as HTML or CSV with an .xls name, so the content decides.
 */
enum FileKind {
    /** A ZIP archive: an .xlsx workbook, or another OOXML or ODF document. */
    ZIP(null),
    /** An OLE2 compound file: an .xls workbook, or an encrypted .xlsx. */
    OLE2(null),
    EMPTY("是空文件（0 字节），请重新保存或重新下载该文件"),
    HTML("实际上是网页文件（HTML），请在 Excel 中打开后另存为 .xlsx 再试"),
    MHTML("实际上是单个网页文件（MHT），请在 Excel 中打开后另存为 .xlsx 再试"),
    XML_SPREADSHEET("实际上是 XML 表格（Excel 2003 XML），请在 Excel 中打开后另存为 .xlsx 再试"),
    XML("实际上是 XML 文件，不是 Excel 工作簿，请在 Excel 中打开后另存为 .xlsx 再试"),
    TEXT("实际上是文本文件（如 CSV），请在 Excel 中打开后另存为 .xlsx 再试"),
    PDF("实际上是 PDF 文件，不是 Excel 工作簿，请找到原始表格文件"),
    RTF("实际上是 RTF 文档，不是 Excel 工作簿，请找到原始表格文件"),
    OLD_EXCEL("是 Excel 2.x 至 4.0 的旧格式，请在 Excel 中打开后另存为 .xlsx 再试"),
    UNKNOWN("不是 Excel 工作簿（无法识别的文件格式），请在 Excel 中打开后另存为 .xlsx 再试");

    private static final int HEAD_BYTES = 8192;
    private static final byte[] ZIP_MAGIC = {'P', 'K'};
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1,
    };

    private final String problem;

    FileKind(String problem) {
        this.problem = problem;
    }

    /** Returns the message for a file of this kind, which cannot be read as a workbook, or null if it can. */
    String problem(String fileName) {
        return problem == null ? null : fileName + " " + problem;
    }

    static FileKind detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(HEAD_BYTES));
        }
    }

    static FileKind detect(byte[] head) {
        if (head.length == 0) {
            return EMPTY;
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return OLE2;
        }
        if (isZip(head)) {
            return ZIP;
        }
        FileKind binary = detectBinary(head);
        return binary != null ? binary : detectText(head);
    }

    /** Accepts a local file header (PK 3 4), an empty archive (PK 5 6) and a spanned one (PK 7 8). */
    private static boolean isZip(byte[] head) {
        if (head.length < 4 || !startsWith(head, ZIP_MAGIC)) {
            return false;
        }
        int kind = head[2];
        return kind == 3 && head[3] == 4 || kind == 5 && head[3] == 6 || kind == 7 && head[3] == 8;
    }

    private static FileKind detectBinary(byte[] head) {
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case PDF:
                return PDF;
            case RTF:
                return RTF;
            case BIFF2:
            case BIFF3:
            case BIFF4:
                return OLD_EXCEL;
            default:
                return null;
        }
    }

    private static FileKind detectText(byte[] head) {
        String text = decodeText(head);
        if (text == null) {
            return UNKNOWN;
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml")) {
            return detectXml(start);
        }
        if (start.startsWith("mime-version:") || start.contains("content-type: multipart/related")) {
            return MHTML;
        }
        if (looksLikeHtml(start)) {
            return HTML;
        }
        return TEXT;
    }

    private static FileKind detectXml(String start) {
        if (start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return XML_SPREADSHEET;
        }
        return start.contains("<html") ? HTML : XML;
    }

    private static boolean looksLikeHtml(String start) {
        for (String tag : new String[] {"<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<style",
            "<title", "<div", "<!--"}) {
            if (start.startsWith(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes the head of a text file, or returns null for binary content. UTF-16 needs its byte order mark,
     * as Excel's "Unicode text" export writes it. Any other text counts when it has no control characters
     * except tab and line breaks, which also accepts GBK, the usual encoding of Chinese CSV files.
     */
    private static String decodeText(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                return null;
            }
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
