package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Finds the {@code <mergeCell ref="B3:B9"/>} elements of a worksheet part by looking at its bytes, without
 * parsing the XML, so that collecting the merged regions before the rows costs little more than inflating
 * the part. The element may carry a namespace prefix ({@code <x:mergeCell}); {@code ref} may be quoted
 * either way, with white space around its '='.
 *
 * <p>The scan gives up, returning false, on anything that plain well-formed worksheet XML written by a
 * spreadsheet program does not contain: a comment or CDATA section (either could hide or fake an
 * element), a part that is not UTF-8, a {@code mergeCell} tag it cannot read, or a reference longer than
 * {@value #MAX_REFERENCE} characters or with a character reference in it. The caller then parses the part.
 * Markup errors are left to that parse, or to the parse of the rows, which reports them near a cell.
 */
final class MergeCellScan {

    /** Two $-anchored references at Excel's largest row and column ("$XFD$1048576") and a colon, with room. */
    static final int MAX_REFERENCE = 64;

    private static final int BUFFER_BYTES = 1 << 16;
    /** How much of a tag must be readable to judge it; longer {@code mergeCell} tags make the scan give up. */
    private static final int MAX_TAG = 1024;
    private static final byte[] LOCAL_NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    /**
     * The worksheet's extensions, which the schema puts after its merged cells. A {@code mergeCell} in them
     * belongs to some other vocabulary and merges nothing, so the scan ends there.
     */
    private static final byte[] EXTENSIONS = "extLst".getBytes(StandardCharsets.US_ASCII);
    /** The result of {@link #tag} once the scan has seen every merged cell of the part. */
    private static final int DONE = -2;

    private final InputStream in;
    private final MergedRegions merges;
    private final byte[] buf = new byte[BUFFER_BYTES];
    private int limit;
    private boolean eof;

    private MergeCellScan(InputStream in, MergedRegions merges) {
        this.in = in;
        this.merges = merges;
    }

    /**
     * Adds the part's merged regions to {@code merges} in document order and closes the stream.
     *
     * @return false when the scan gave up, so that {@code merges} may contain only some of the regions
     * @throws LedgerException when the regions pass the limit of {@link MergedRegions}
     */
    static boolean scan(InputStream in, MergedRegions merges) throws IOException, LedgerException {
        try (InputStream source = in) {
            return new MergeCellScan(source, merges).scan();
        }
    }

    private boolean scan() throws IOException, LedgerException {
        while (limit < 512 && !eof) {
            read();
        }
        if (!Utf8SaxParser.isUtf8Start(buf, limit)) {
            return false;
        }
        int p = 0;
        while (true) {
            while (p < limit && buf[p] != '<') {
                p++;
            }
            if (p >= limit) {
                if (eof) {
                    return true;
                }
                p = refill(p);
                continue;
            }
            if (limit - p < MAX_TAG && !eof) {
                p = refill(p);
            }
            p = tag(p);
            if (p == DONE) {
                return true;
            }
            if (p < 0) {
                return false;
            }
        }
    }

    /** Reads the tag at {@code buf[p]} ('<'); returns where to go on, -1 to give up, or {@link #DONE}. */
    private int tag(int p) throws LedgerException {
        int end = Math.min(limit, p + MAX_TAG);
        int next = p + 1 < end ? buf[p + 1] : 0;
        if (next == '!') {
            return -1;
        }
        if (next == '?') {
            return processingInstructionEnd(p + 2, end);
        }
        int nameEnd = p + 1;
        int localStart = nameEnd;
        while (nameEnd < end && isNamePart(buf[nameEnd])) {
            if (buf[nameEnd] == ':') {
                localStart = nameEnd + 1;
            }
            nameEnd++;
        }
        if (is(EXTENSIONS, localStart, nameEnd) && nameEnd < end && isSpaceOrEnd(buf[nameEnd])) {
            return DONE;
        }
        if (!is(LOCAL_NAME, localStart, nameEnd)) {
            return p + 1;
        }
        return nameEnd < end && isSpaceOrEnd(buf[nameEnd]) ? attributes(nameEnd, end) : -1;
    }

    private int processingInstructionEnd(int p, int end) {
        for (int i = p; i + 1 < end; i++) {
            if (buf[i] == '?' && buf[i + 1] == '>') {
                return i + 2;
            }
        }
        return -1;
    }

    private boolean is(byte[] name, int start, int end) {
        if (end - start != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (buf[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the attributes of a {@code mergeCell} tag from {@code p}; returns the index after it, or -1. */
    private int attributes(int p, int end) throws LedgerException {
        String reference = null;
        while (true) {
            int nameStart = skipSpace(p, end);
            if (nameStart < end && buf[nameStart] == '>') {
                break;
            }
            if (nameStart + 1 < end && buf[nameStart] == '/' && buf[nameStart + 1] == '>') {
                break;
            }
            if (nameStart == p) {
                return -1;
            }
            int nameEnd = nameStart;
            while (nameEnd < end && isNamePart(buf[nameEnd])) {
                nameEnd++;
            }
            int equals = skipSpace(nameEnd, end);
            int open = skipSpace(equals + 1, end);
            if (nameEnd == nameStart || equals >= end || buf[equals] != '=' || open >= end
                    || buf[open] != '"' && buf[open] != '\'') {
                return -1;
            }
            int close = open + 1;
            while (close < end && buf[close] != buf[open]) {
                close++;
            }
            if (close >= end) {
                return -1;
            }
            boolean isReference = nameEnd - nameStart == 3 && buf[nameStart] == 'r' && buf[nameStart + 1] == 'e'
                    && buf[nameStart + 2] == 'f';
            if (isReference && (reference != null || !isPlainReference(open + 1, close))) {
                return -1;
            }
            if (isReference) {
                reference = new String(buf, open + 1, close - open - 1, StandardCharsets.US_ASCII);
            }
            p = close + 1;
        }
        if (reference != null) {
            merges.add(reference);
        }
        return p;
    }

    private boolean isPlainReference(int start, int end) {
        if (end - start > MAX_REFERENCE) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (buf[i] < 0x20 || buf[i] == '&') {
                return false;
            }
        }
        return true;
    }

    private int skipSpace(int p, int end) {
        while (p < end && isSpace(buf[p])) {
            p++;
        }
        return p;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private static boolean isSpaceOrEnd(byte b) {
        return isSpace(b) || b == '/' || b == '>';
    }

    /** Letters, digits, "_-.:" and any byte of a multi-byte UTF-8 character. */
    private static boolean isNamePart(byte b) {
        return b < 0 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-'
                || b == '.' || b == ':';
    }

    /** Moves {@code buf[keep, limit)} to the front, reads more and returns where {@code keep} moved to (0). */
    private int refill(int keep) throws IOException {
        System.arraycopy(buf, keep, buf, 0, limit - keep);
        limit -= keep;
        while (limit < MAX_TAG && !eof) {
            read();
        }
        if (!eof) {
            read();
        }
        return 0;
    }

    private void read() throws IOException {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
