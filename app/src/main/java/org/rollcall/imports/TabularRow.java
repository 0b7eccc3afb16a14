package org.rollcall.imports;

import java.util.Map;

/**
 * One data row of a file, its values keyed by the template's column names (blank cells as "").
 *
 * @param line the line of the file it came from (header is line 1; in XLSX, the row number)
 */
public record TabularRow(int line, Map<String, String> values) {

    public TabularRow {
        values = Map.copyOf(values);
    }

    /** The value of a column, stripped, "" when blank or when the (optional) column is not in the file. */
    public String value(String column) {
        String v = values.get(column);
        return v == null ? "" : v.strip();
    }

    public boolean isBlank(String column) {
        return value(column).isEmpty();
    }

    /** A problem with one of this row's columns. */
    public FileProblem problem(String column, String message) {
        return new FileProblem(line, column, message);
    }
}
