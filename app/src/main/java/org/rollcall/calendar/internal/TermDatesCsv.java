package org.rollcall.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rollcall.calendar.CalendarInputException;
import org.rollcall.calendar.Term;

/**
 * Reads a term-date file: a header {@code la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on}
 * (any order, any case) then one row per term, dates as YYYY-MM-DD, half-term dates empty for a term without one.
 * Checks every row and refuses the file listing every bad row with its line number.
 */
final class TermDatesCsv {

    static final List<String> COLUMNS = List.of("la_code", "term", "starts_on", "ends_on", "half_term_starts_on",
            "half_term_ends_on");
    static final String HEADER = String.join(",", COLUMNS);
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();

    /** A good row: the authority's LA code and its term, with the line it came from. */
    record Row(int line, String laCode, Term term) {
    }

    private TermDatesCsv() {
    }

    static List<Row> parse(InputStream in, Set<String> knownLaCodes) {
        String text = read(in);
        int[] lineStarts = lineStarts(text);
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), FORMAT)) {
            requireColumns(csv);
            for (CSVRecord record : csv) {
                int line = lineOf(text, lineStarts, record.getCharacterPosition());
                RowReader reader = new RowReader(record, line, problems);
                Row row = reader.row(knownLaCodes);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (UncheckedIOException | IOException e) {
            throw new CalendarInputException("the file is not valid CSV (" + e.getMessage() + "): expected a header "
                    + HEADER + " then one row per term; put a value with a comma in double quotes");
        } catch (IllegalArgumentException e) {
            if (e instanceof CalendarInputException refused) {
                throw refused;
            }
            throw new CalendarInputException("the header is not valid (" + e.getMessage() + "): expected " + HEADER);
        }
        problems.addAll(overlaps(rows));
        if (!problems.isEmpty()) {
            throw new CalendarInputException("the term dates file was refused and nothing was stored", problems);
        }
        if (rows.isEmpty()) {
            throw new CalendarInputException("the file has no terms: after the header " + HEADER + " give one row "
                    + "per term, for example 201,Autumn 2026,2026-09-03,2026-12-18,2026-10-26,2026-10-30");
        }
        return rows;
    }

    private static void requireColumns(CSVParser csv) {
        if (csv.getHeaderMap() == null || csv.getHeaderMap().isEmpty()) {
            throw new CalendarInputException("the file is empty: expected a header " + HEADER + " then one row "
                    + "per term");
        }
        List<String> missing = COLUMNS.stream().filter(c -> !csv.getHeaderMap().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new CalendarInputException("the header has no column " + String.join(", ", missing)
                    + " (it has " + String.join(",", csv.getHeaderNames()) + "): expected " + HEADER);
        }
    }

    /** Reads one record, adding each problem it has, prefixed with its line number. */
    private record RowReader(CSVRecord record, int line, List<String> problems) {

        Row row(Set<String> knownLaCodes) {
            int before = problems.size();
            String laCode = value("la_code");
            if (laCode.isEmpty()) {
                problem("la_code is empty: give the authority's three-digit LA number, for example 201");
            } else if (!knownLaCodes.contains(laCode)) {
                problem("no authority with LA code '" + laCode + "': give the three-digit LA number of an "
                        + "authority set up in Rollcall");
            }
            LocalDate startsOn = date("starts_on", true);
            LocalDate endsOn = date("ends_on", true);
            LocalDate halfStarts = date("half_term_starts_on", false);
            LocalDate halfEnds = date("half_term_ends_on", false);
            if (problems.size() > before) {
                return null;
            }
            try {
                return new Row(line, laCode, new Term(value("term"), startsOn, endsOn, halfStarts, halfEnds));
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
                return null;
            }
        }

        private String value(String column) {
            return record.isSet(column) ? record.get(column).strip() : "";
        }

        private LocalDate date(String column, boolean required) {
            String text = value(column);
            if (text.isEmpty()) {
                if (required) {
                    problem(column + " is empty: give a date as YYYY-MM-DD, for example 2026-09-03");
                }
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(column + " '" + text + "' is not a date: use YYYY-MM-DD, for example 2026-09-03");
                return null;
            }
        }

        private void problem(String message) {
            problems.add("line " + line + ": " + message);
        }
    }

    /** Every pair of terms of one authority that share a day, named by their lines (a few dozen terms at most). */
    private static List<String> overlaps(List<Row> rows) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Row a = rows.get(i);
                Row b = rows.get(j);
                if (a.laCode().equals(b.laCode()) && a.term().overlaps(b.term())) {
                    found.add("lines " + a.line() + " and " + b.line() + ": terms " + describe(a.term()) + " and "
                            + describe(b.term()) + " of LA " + a.laCode() + " overlap: a day can be in one term "
                            + "only");
                }
            }
        }
        return found;
    }

    private static String describe(Term term) {
        return "'" + term.name() + "' (" + term.startsOn() + " to " + term.endsOn() + ")";
    }

    private static String read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new CalendarInputException("the file is over " + MAX_BYTES / (1024 * 1024) + " MB: send the "
                        + "term dates of fewer authorities at a time");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            // Spreadsheets often save UTF-8 with a byte order mark, which would otherwise stick to 'la_code'.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the term dates file", e);
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line a record starts on; its position may point at blank lines the parser skipped before it. */
    private static int lineOf(String text, int[] lineStarts, long position) {
        int start = (int) position;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        int found = Arrays.binarySearch(lineStarts, start);
        return (found >= 0 ? found : -found - 2) + 1;
    }
}
