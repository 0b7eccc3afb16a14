package org.rollcall.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.rollcall.statistics.DateRange;

/**
 * A report's result, ready to show or export: a title naming the authority and the range, column headings, rows of
 * cells (text as shown; numbers as {@link Number}), and when it was produced. Every export renders exactly this.
 */
public record ReportTable(ReportKind kind, String title, DateRange range, Instant producedAt, List<String> columns,
                          List<List<Object>> rows) {

    public ReportTable {
        int width = columns.size();
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + width + " columns");
            }
            // Cells may be empty (null), so no List.copyOf.
            return Collections.unmodifiableList(new ArrayList<>(row));
        }).toList();
    }
}
