package org.rollcall.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads a CSV or XLSX file row by row, never holding it whole: the upload is copied to a temporary file (refused as
 * soon as it passes the byte limit), then read as a stream of rows handed to a consumer. CSV is UTF-8 with or
 * without a byte-order mark, or Windows-1252 when it is not valid UTF-8 (ADR 0043); XLSX is read with POI's SAX
 * event model, refusing formulas and merged cells. Headers are matched ignoring case; missing, unknown and repeated
 * columns are named. Problems come back with their line and column; a row with a problem is not handed on (merged
 * cells, listed at the end of an XLSX sheet, are found after its rows: callers act on a file only when it has no
 * problems at all).
 */
@Component
public class TabularReader {

    private final long maxBytes;

    public TabularReader(ImportsProperties properties) {
        this.maxBytes = properties.maxBytes().toBytes();
    }

    /** A reader with this byte limit, for code outside Spring (benchmarks, tests). */
    public static TabularReader withLimit(long maxBytes) {
        return new TabularReader(new ImportsProperties(DataSize.ofBytes(maxBytes)));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads the file, handing each good data row to {@code rows} in file order.
     *
     * @param fileName as uploaded; only its ending is used, to tell an old .xls apart
     * @param content the upload's stream; read at most up to the limit, and not closed here
     */
    public TabularFile read(String fileName, InputStream content, TabularColumns columns,
                            Consumer<TabularRow> rows) {
        Path spool = null;
        try {
            spool = Files.createTempFile("rollcall-import-", ".upload");
            long size = copyAtMost(content, spool);
            if (size > maxBytes) {
                return refused(fileName, "The file is larger than " + readable(maxBytes) + ", the most accepted: "
                        + "split it into smaller files");
            }
            if (size == 0) {
                return refused(fileName, "The file is empty: it needs a header line naming the columns, then one "
                        + "line per row");
            }
            byte[] start = head(spool);
            if (isZip(start)) {
                return new XlsxRows(spool, columns).read(fileName, rows);
            }
            if (isOldExcel(start) || lower(fileName).endsWith(".xls")) {
                return refused(fileName, "This is an old Excel (.xls) workbook: save it as an Excel workbook "
                        + "(.xlsx) or as CSV (comma-separated, UTF-8)");
            }
            return new CsvRows(spool, columns).read(fileName, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file " + fileName, e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless; the OS cleans its temp directory
                }
            }
        }
    }

    /** Copies up to maxBytes + 1 bytes: one more than allowed is enough to know the file is too large. */
    private long copyAtMost(InputStream in, Path target) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - copied))) > 0) {
                out.write(buffer, 0, n);
                copied += n;
                if (copied > maxBytes) {
                    break;
                }
            }
        }
        return copied;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static boolean isZip(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    private static boolean isOldExcel(byte[] start) {
        return start.length >= 4 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF
                && (start[2] & 0xFF) == 0x11 && (start[3] & 0xFF) == 0xE0;
    }

    static TabularFile refused(String fileName, String message) {
        return new TabularFile(fileName, TabularFile.Format.UNKNOWN, "", 0, List.of(FileProblem.ofFile(message)));
    }

    static String readable(long bytes) {
        return DataSize.ofBytes(bytes).toMegabytes() >= 1 ? DataSize.ofBytes(bytes).toMegabytes() + " MB"
                : DataSize.ofBytes(bytes).toKilobytes() + " KB";
    }

    private static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
