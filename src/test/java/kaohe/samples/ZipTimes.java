package kaohe.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A zip rewriter that puts one fixed modification time on every entry, so that an archive's bytes repeat. */
final class ZipTimes {

    private ZipTimes() {
    }

    /**
     * Returns a copy of the archive whose entries, in the same order and with the same content, all carry
     * the given time. The time is stored as a local date-time in UTC+8, so the result does not depend on
     * the time zone of the machine that runs it.
     */
    static byte[] withFixedTimes(byte[] archive, long epochMillis) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.ofHours(8));
        ByteArrayOutputStream copy = new ByteArrayOutputStream();

        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
                ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixedEntry = new ZipEntry(entry.getName());
                fixedEntry.setTimeLocal(time);
                out.putNextEntry(fixedEntry);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return copy.toByteArray();
    }
}
