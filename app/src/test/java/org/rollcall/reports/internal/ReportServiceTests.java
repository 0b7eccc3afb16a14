package org.rollcall.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Nation;
import org.rollcall.reports.ExportFormat;
import org.rollcall.reports.ReportKind;
import org.rollcall.reports.ReportTable;
import org.rollcall.reports.ReportsProperties;
import org.rollcall.statistics.DateRange;

/**
 * The service's limits on a fixed clock (Wednesday 2 December 2026): the history kept, a report too long to hold, a
 * PDF too long to lay out; each refused with what to do, before anything is read or written.
 */
class ReportServiceTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:30:00Z"), ZoneId.of("Europe/London"));
    private static final AuthorityId AUTHORITY = new AuthorityId(java.util.UUID.randomUUID());

    /** A report of {@code rows} rows of one figure each, counting how often it was read. */
    private static final class Counted implements ReportDefinition {
        final int rows;
        int reads;

        Counted(int rows) {
            this.rows = rows;
        }

        @Override
        public ReportKind kind() {
            return ReportKind.DAILY_ABSENCE;
        }

        @Override
        public List<String> columns() {
            return List.of("Child", "Sessions");
        }

        @Override
        public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
            reads++;
            return java.util.stream.IntStream.range(0, Math.min(rows, limit + 1))
                    .mapToObj(i -> Arrays.<Object>asList("Child " + i, i)).toList();
        }
    }

    private static ReportService service(ReportDefinition definition, int maxRows, int pdfMaxRows) {
        var directory = (org.rollcall.directory.Directory) java.lang.reflect.Proxy.newProxyInstance(
                ReportServiceTests.class.getClassLoader(), new Class<?>[] {org.rollcall.directory.Directory.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("authority")) {
                        return new AuthoritySummary(AUTHORITY, "Testshire", Nation.ENGLAND, "801", 13);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        // The statistics module's rule with three years kept (its own tests cover it).
        var statistics = (org.rollcall.statistics.AttendanceStatistics) java.lang.reflect.Proxy.newProxyInstance(
                ReportServiceTests.class.getClassLoader(),
                new Class<?>[] {org.rollcall.statistics.AttendanceStatistics.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("earliestDay")) {
                        return ((java.time.LocalDate) args[0]).minusYears(3);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new ReportService(List.of(definition), directory, new ReportsProperties(maxRows, pdfMaxRows),
                statistics, CLOCK);
    }

    @Test
    void aRangeStartingBeforeTheHistoryKeptIsRefusedUnread() {
        Counted report = new Counted(3);
        ReportService service = service(report, 10, 10);
        assertThat(service.run(AUTHORITY, ReportKind.DAILY_ABSENCE, DateRange.of(LocalDate.of(2023, 12, 2),
                LocalDate.of(2026, 12, 2))).rows()).hasSize(3);
        assertThatThrownBy(() -> service.run(AUTHORITY, ReportKind.DAILY_ABSENCE, DateRange.of(
                LocalDate.of(2023, 12, 1), LocalDate.of(2026, 12, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rollcall keeps 3 years of history: choose a first day on or after 2 December 2023 (not "
                        + "1 December 2023)");
        assertThat(report.reads).isEqualTo(1);
    }

    @Test
    void aReportLongerThanTheLimitIsRefusedAskingForAShorterRange() {
        ReportService service = service(new Counted(11), 10, 10);
        assertThatThrownBy(() -> service.run(AUTHORITY, ReportKind.DAILY_ABSENCE, DateRange.day(
                LocalDate.of(2026, 12, 2)))).hasMessage("'Daily absence' from 2 December 2026 to 2 December 2026 "
                + "has more than 10 rows: choose a shorter range");
        assertThat(service(new Counted(10), 10, 10).run(AUTHORITY, ReportKind.DAILY_ABSENCE,
                DateRange.day(LocalDate.of(2026, 12, 2))).title())
                .isEqualTo("Daily absence — Testshire, 2 December 2026");
    }

    @Test
    void aPdfLongerThanItsLimitIsRefusedBeforeAByteIsWrittenWhileCsvAndXlsxAreNot() {
        ReportService service = service(new Counted(3), 10, 2);
        ReportTable table = service.run(AUTHORITY, ReportKind.DAILY_ABSENCE, DateRange.day(LocalDate.of(2026, 12,
                2)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> service.export(table, ExportFormat.PDF, out))
                .hasMessage("'Daily absence' has 3 rows, more than a PDF holds (2): download CSV or Excel, or "
                        + "choose a shorter range");
        assertThat(out.size()).isZero();
        assertThat(service.export(table, ExportFormat.CSV)).isNotEmpty();
        assertThat(service.export(table, ExportFormat.XLSX)).isNotEmpty();
        assertThat(table.producedAt()).isEqualTo(CLOCK.instant());
    }
}
