package org.rollcall.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.reports.ExportFormat;
import org.rollcall.reports.ReportKind;
import org.rollcall.reports.ReportTable;
import org.rollcall.reports.Reports;
import org.rollcall.reports.ReportsProperties;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.DateRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a report's definition for an authority over a range it may cover, and exports its table. Refusals (a range
 * older than the history kept, a report too long to hold) are {@link IllegalArgumentException}s saying what to do.
 */
@Service
class ReportService implements Reports {

    private final Map<ReportKind, ReportDefinition> definitions = new EnumMap<>(ReportKind.class);
    private final Directory directory;
    private final ReportsProperties properties;
    private final AttendanceStatistics statistics;
    private final Clock clock;

    // Reports look back as far as statistics do (ADR 0037's history kept).
    ReportService(List<ReportDefinition> definitions, Directory directory, ReportsProperties properties,
                  AttendanceStatistics statistics, Clock clock) {
        definitions.forEach(d -> this.definitions.put(d.kind(), d));
        this.directory = directory;
        this.properties = properties;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportTable run(AuthorityId authority, ReportKind kind, DateRange range) {
        refuseOlderThanHistory(range);
        ReportDefinition definition = definitions.get(kind);
        if (definition == null) {
            throw new IllegalArgumentException("the report '" + kind.label() + "' is not available yet");
        }
        AuthoritySummary summary = directory.authority(authority);
        List<List<Object>> rows = definition.rows(summary, range, properties.maxRows());
        if (rows.size() > properties.maxRows()) {
            throw new IllegalArgumentException("'" + kind.label() + "' from " + HumanDates.date(range.from())
                    + " to " + HumanDates.date(range.to()) + " has more than " + properties.maxRows()
                    + " rows: choose a shorter range");
        }
        return new ReportTable(kind, kind.label() + " — " + summary.name() + ", " + Cells.range(range), range,
                clock.instant(), definition.columns(), rows);
    }

    /** The first day one may look back to today. */
    LocalDate earliest() {
        return statistics.earliestDay(LocalDate.now(clock));
    }

    private void refuseOlderThanHistory(DateRange range) {
        LocalDate earliest = earliest();
        if (range.from().isBefore(earliest)) {
            long years = ChronoUnit.YEARS.between(earliest, LocalDate.now(clock));
            throw new IllegalArgumentException("Rollcall keeps " + years + " years of history: choose a first "
                    + "day on or after " + HumanDates.date(earliest) + " (not " + HumanDates.date(range.from()) + ")");
        }
    }

    @Override
    public byte[] export(ReportTable table, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(table, format, out);
        return out.toByteArray();
    }

    @Override
    public void export(ReportTable table, ExportFormat format, OutputStream out) {
        try {
            switch (format) {
                case CSV -> CsvExport.write(table, out);
                case XLSX -> XlsxExport.write(table, out);
                case PDF -> {
                    if (table.rows().size() > properties.pdfMaxRows()) {
                        throw new IllegalArgumentException("'" + table.kind().label() + "' has "
                                + table.rows().size() + " rows, more than a PDF holds (" + properties.pdfMaxRows()
                                + "): download CSV or Excel, or choose a shorter range");
                    }
                    PdfExport.write(table, clock.getZone(), out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be written as " + format.label(), e);
        }
    }
}
