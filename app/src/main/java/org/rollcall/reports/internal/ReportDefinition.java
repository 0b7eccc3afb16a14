package org.rollcall.reports.internal;

import java.util.List;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.DateRange;

/** One report: its headings and how its rows are read, for one authority over one range. */
interface ReportDefinition {

    ReportKind kind();

    List<String> columns();

    /**
     * The rows, ordered as shown, totals last; at most {@code limit} + 1 (one more tells the caller it is too long).
     */
    List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit);
}
