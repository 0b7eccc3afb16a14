package org.rollcall.reports.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.reports.ExportFormat;
import org.rollcall.reports.ReportKind;
import org.rollcall.reports.ReportTable;
import org.rollcall.statistics.DateRange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports for the signed-in authority user: the authority is always the caller's own (never a parameter or the
 * address), and every run and export is audited (the report's slug and range, no personal data).
 */
@Service
public class CallerReports {

    private final Accounts accounts;
    private final AuditLog audit;
    private final ReportService reports;
    private final Directory directory;
    private final Clock clock;

    CallerReports(Accounts accounts, AuditLog audit, ReportService reports, Directory directory, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.reports = reports;
        this.directory = directory;
        this.clock = clock;
    }

    /** The caller's authority's name, for headings. */
    @PreAuthorize("hasRole('AUTHORITY')")
    public String authorityName() {
        return directory.authority(authority(accounts.caller())).name();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Rollcall's time zone, for times shown. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The first day a range may start on (the history kept). */
    public LocalDate earliest() {
        return reports.earliest();
    }

    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public ReportTable run(ReportKind kind, DateRange range) {
        Caller caller = accounts.caller();
        ReportTable table = reports.run(authority(caller), kind, range);
        audit.record(caller.name(), "RUN_REPORT", "authority", caller.authorityId().toString(), detail(kind, range));
        return table;
    }

    /** Runs the report again for the caller's authority and writes it to {@code out}; audited. */
    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public void export(ReportKind kind, DateRange range, ExportFormat format, OutputStream out) {
        Caller caller = accounts.caller();
        ReportTable table = reports.run(authority(caller), kind, range);
        audit.record(caller.name(), "EXPORT_REPORT", "authority", caller.authorityId().toString(),
                detail(kind, range) + " as " + format.extension());
        reports.export(table, format, out);
    }

    /** A file name with no personal data: the report's slug and range. */
    public static String fileName(ReportKind kind, DateRange range, ExportFormat format) {
        return "rollcall-" + kind.slug() + "-" + range.from() + (range.days() == 1 ? "" : "-to-" + range.to()) + "."
                + format.extension();
    }

    private static AuthorityId authority(Caller caller) {
        if (caller.authorityId() == null) {
            throw new AccessDeniedException("only authority users have reports of their own authority");
        }
        return caller.authorityId();
    }

    private static String detail(ReportKind kind, DateRange range) {
        return kind.slug() + " from " + range.from() + " to " + range.to();
    }
}
