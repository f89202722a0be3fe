package kaohe.ledger;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Turns the failures of reading an .xlsx part into messages for the clerk, keeping each cause. */
final class XlsxErrors {

    /**
     * The start of the messages of POI 5.5.1's {@code ZipArchiveThresholdInputStream}, for its entry size and
     * ratio limits, and of {@code ZipSecureFile.MAX_FILE_COUNT_MSG}.
     */
    private static final String POI_ZIP_BOMB = "Zip bomb detected";
    private static final String POI_FILE_COUNT = "The file appears to be potentially malicious";

    private XlsxErrors() {
    }

    /**
     * Returns the exception for a failure while reading a part.
     *
     * @param where the file, and the sheet and cell when known, such as "2018-06.xlsx 录用!D17"
     */
    static LedgerException translate(Exception failure, String fileName, String where) {
        if (failure instanceof SAXException sax && sax.getException() instanceof LedgerException ledger) {
            return ledger;
        }
        LedgerException hostile = hostile(failure, fileName);
        if (hostile != null) {
            return hostile;
        }
        if (failure instanceof SAXParseException) {
            return new LedgerException(where + " 附近的 XML 内容已损坏，请在 Excel 中打开后重新保存再试", failure);
        }
        return new LedgerException(where + " 读取失败，文件可能已损坏或不完整，请重新保存或重新下载后再试", failure);
    }

    /** Returns the exception for a zip bomb or a hostile XML construct anywhere in the cause chain, or null. */
    static LedgerException hostile(Throwable failure, String fileName) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.startsWith(POI_ZIP_BOMB) || t instanceof SecureXml.MarkupTooLongException
                    || t instanceof ZipGuard.PartTooLargeException) {
                return new LedgerException(fileName + " 解压后的内容异常庞大（超过读取上限或压缩比异常），可能是恶意文件，已停止读取；"
                        + "如确认来源可靠，请在 Excel 中打开后重新保存再试", failure);
            }
            if (message.startsWith(POI_FILE_COUNT)) {
                return new LedgerException(fileName + " 内含的部件数量超过读取上限，可能是恶意文件，已停止读取", failure);
            }
            // JDK 17's parser starts the messages of its security limits (depth, entity sizes) with "JAXP".
            if (t instanceof SAXParseException && message.contains("DOCTYPE")) {
                return new LedgerException(fileName + " 含有 XML 文档类型声明（DOCTYPE），Excel 不会写出这种内容，"
                        + "可能是恶意文件，已停止读取", failure);
            }
            if (t instanceof SAXParseException && message.startsWith("JAXP")
                    || t instanceof Utf8SaxParser.DepthLimitException) {
                return new LedgerException(fileName + " 的 XML 结构超出解析器的安全上限（如嵌套过深），可能是恶意文件，已停止读取",
                        failure);
            }
        }
        return null;
    }
}
