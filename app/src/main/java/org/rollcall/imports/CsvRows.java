package org.rollcall.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file (comma-separated, RFC 4180 quoting) read with Commons CSV, one record at a time. */
final class CsvRows {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get(); // blank lines skipped below, keeping line numbers right

    private final Path file;
    private final TabularColumns columns;

    CsvRows(Path file, TabularColumns columns) {
        this.file = file;
        this.columns = columns;
    }

    TabularFile read(String fileName, Consumer<TabularRow> rows) throws IOException {
        boolean bom = startsWithBom();
        // Excel on Windows saves "CSV" in Windows-1252; a school cannot be expected to know. Invalid UTF-8 is read
        // as Windows-1252 (which decodes every byte) and the dry run says so (ADR 0043).
        Charset charset = bom || isValidUtf8() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String encoding = bom ? "UTF-8 with byte-order mark" : charset == WINDOWS_1252 ? "Windows-1252" : "UTF-8";
        List<FileProblem> problems = new ArrayList<>();
        int handed = 0;
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.skipNBytes(3);
            }
            Reader reader = new InputStreamReader(in, charset);
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return done(fileName, encoding, 0, List.of(FileProblem.ofFile("The file has no header line: its "
                        + "first line must name the columns: " + HeaderMap.list(columns.all()))));
            }
            CSVRecord header = records.next();
            while ((header.size() == 1 && header.get(0).isBlank()) && records.hasNext()) {
                header = records.next(); // blank lines above the header
            }
            List<FileProblem> wrongDelimiter = delimiterProblem(header);
            if (!wrongDelimiter.isEmpty()) {
                return done(fileName, encoding, 0, wrongDelimiter);
            }
            Map<Integer, String> headers = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                headers.put(i, header.get(i));
            }
            HeaderMap map = new HeaderMap((int) Math.max(1, parser.getCurrentLineNumber()), headers, columns, i -> "column " + (i + 1));
            if (!map.problems().isEmpty()) {
                return done(fileName, encoding, 0, map.problems());
            }
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    problems.add(new FileProblem(line, null, "the line cannot be read as CSV (" + reason(e)
                            + "): check its quotes; a value with a comma or a line break must be in double quotes, "
                            + "and a double quote inside it doubled"));
                    break;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(new FileProblem(line, null, "the line has " + record.size() + " values where the "
                            + "header has " + header.size() + " columns: check for a missing or extra comma "
                            + "(a value with a comma must be in double quotes)"));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    String name = map.columnAt(i);
                    if (name != null) {
                        values.put(name, record.get(i));
                    }
                }
                rows.accept(new TabularRow(line, values));
                handed++;
            }
        }
        return done(fileName, encoding, handed, problems);
    }

    /** A header that does not split into the expected columns on commas but would on ';' or tabs. */
    private List<FileProblem> delimiterProblem(CSVRecord header) {
        if (header.size() >= columns.required().size()) {
            return List.of();
        }
        String joined = String.join(",", header.values());
        for (String other : List.of(";", "\t", "|")) {
            if (joined.split(java.util.regex.Pattern.quote(other), -1).length >= columns.required().size()) {
                String shown = other.equals("\t") ? "tabs" : "'" + other + "'";
                return List.of(new FileProblem(1, null, "the file seems to use " + shown + " between columns: "
                        + "save it as comma-separated (CSV with commas between columns)"));
            }
        }
        return List.of();
    }

    private TabularFile done(String fileName, String encoding, int rows, List<FileProblem> problems) {
        return new TabularFile(fileName, TabularFile.Format.CSV, encoding, rows, problems);
    }

    private boolean startsWithBom() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF;
        }
    }

    /** One streaming pass with a strict decoder; the whole file is never in memory. */
    private boolean isValidUtf8() throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[32 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.put(buffer, 0, n).flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
                return false;
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null ? "malformed" : message.replaceAll("\\s+", " ");
    }
}
