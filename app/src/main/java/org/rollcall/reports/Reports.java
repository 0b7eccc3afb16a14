package org.rollcall.reports;

import org.rollcall.directory.AuthorityId;
import org.rollcall.statistics.DateRange;

/**
 * Runs and exports reports. Takes the authority as given: the extranet view and subscriptions decide who may ask.
 * A range longer than the history kept, or ending before it starts, is refused with an
 * {@link IllegalArgumentException} that says so.
 */
public interface Reports {

    ReportTable run(AuthorityId authority, ReportKind kind, DateRange range);

    /** The table as a file of that format: the same rows and figures in each. */
    byte[] export(ReportTable table, ExportFormat format);

    /**
     * The same file written to {@code out} as it is made (downloads stream it; XLSX keeps only a window of rows in
     * memory). A PDF longer than {@code rollcall.reports.pdf-max-rows} is refused with an
     * {@link IllegalArgumentException} before anything is written.
     */
    void export(ReportTable table, ExportFormat format, java.io.OutputStream out);
}
