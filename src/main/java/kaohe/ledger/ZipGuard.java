package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Zip bomb limits for .xlsx packages.
 *
 * <p>POI reads the content types, the relationship parts and the core properties into DOM trees when it
 * opens a package, before the reader can stream anything, so those parts are measured first and must
 * stay under {@value #MAX_STRUCTURE_BYTES} bytes. Every part read later goes through POI's
 * {@link ZipSecureFile} limits, which {@link #apply} sets.
 */
final class ZipGuard {

    /** 16 MiB: a relationship part with 100,000 hyperlinks is about 15 MB (an estimate at 150 bytes each). */
    static final long MAX_STRUCTURE_BYTES = 16L << 20;

    private ZipGuard() {
    }

    /** A structure part that expands past {@link #MAX_STRUCTURE_BYTES}. */
    static final class PartTooLargeException extends IOException {
        PartTooLargeException(String entryName) {
            super(entryName + " expands past " + MAX_STRUCTURE_BYTES + " bytes");
        }
    }

    /**
     * Sets POI's zip limits from the read limits. They are process-wide static settings of POI, so they
     * also apply to any other POI use in the same JVM.
     */
    static void apply(ReadLimits limits) {
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
    }

    /**
     * Measures the parts that POI parses into memory on opening.
     *
     * @throws PartTooLargeException when one is too large
     * @throws IOException when the zip is unreadable
     */
    static void checkStructureParts(Path file) throws IOException {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (isStructurePart(entry.getName())) {
                    measure(zip, entry);
                }
            }
        }
    }

    private static boolean isStructurePart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".rels") || lower.equals("[content_types].xml") || lower.startsWith("docprops/");
    }

    private static void measure(ZipSecureFile zip, ZipArchiveEntry entry) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_STRUCTURE_BYTES) {
                    throw new PartTooLargeException(entry.getName());
                }
            }
        }
    }
}
