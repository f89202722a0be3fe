package kaohe.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip file entry by entry, in the same order, giving every entry one fixed modification time.
 *
 * <p>POI stamps each entry of an .xlsx with the time it was written, so two writes of one workbook differ
 * in those bytes alone. The entries are compressed again with the JDK's deflater at its default level,
 * which gives the same bytes for the same input on one JDK build.
 */
final class FixedTimeZip {

    private FixedTimeZip() {
    }

    /** Copies {@code source} to {@code out}; {@code out} is finished but not closed. */
    static void copy(Path source, OutputStream out, LocalDateTime time) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile())) {
            ZipOutputStream copy = new ZipOutputStream(out);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(time);
                copy.putNextEntry(fixed);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(copy);
                }
                copy.closeEntry();
            }
            copy.finish();
        }
    }
}
