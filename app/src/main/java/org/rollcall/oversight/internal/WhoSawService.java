package org.rollcall.oversight.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditEntry;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.AuditQuery;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.Directory;
import org.rollcall.oversight.AuditFilter;
import org.rollcall.oversight.AuditLine;
import org.rollcall.oversight.AuditRefusedException;
import org.rollcall.oversight.WhoSaw;
import org.rollcall.privacy.PrivacyProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WhoSawService implements WhoSaw {

    static final int MAX_EXPORT_ROWS = 100_000;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final Directory directory;
    private final Accounts accounts;
    private final PrivacyProperties privacy;
    private final ZoneId zone;

    WhoSawService(AuditLog audit, Directory directory, Accounts accounts, PrivacyProperties privacy, Clock clock) {
        this.audit = audit;
        this.directory = directory;
        this.accounts = accounts;
        this.privacy = privacy;
        this.zone = clock.getZone();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<ChildId, ChildLabel> children(String text) {
        return directory.searchChildren(text, 20);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditLine> lines(AuditFilter filter, int offset, int limit) {
        return readable(audit.search(query(filter), offset, limit));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return audit.count(query(filter));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public byte[] exportCsv(AuditFilter filter) {
        ExportPeriod.check(filter.from(), filter.to(), privacy.auditRetentionMonths());
        AuditQuery query = query(filter);
        long rows = audit.count(query);
        if (rows > MAX_EXPORT_ROWS) {
            throw new AuditRefusedException("the export would hold " + rows + " entries, more than "
                    + MAX_EXPORT_ROWS + ": choose a shorter period, a child or a user");
        }
        List<AuditLine> lines = readable(audit.search(query, 0, MAX_EXPORT_ROWS));
        audit.record(accounts.caller().name(), ActionLabels.EXPORT, "audit", "export", rows + " entries, "
                + filter.from() + " to " + filter.to() + (filter.child() == null ? "" : ", one child")
                + (filter.user() == null ? "" : ", user " + filter.user()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader("When", "Who", "What", "Whose record", "Detail").get())) {
            for (AuditLine l : lines) {
                csv.printRecord(AT.format(l.at().atZone(zone)), l.who(), l.action(), l.subject(), l.detail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private AuditQuery query(AuditFilter f) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new AuditRefusedException("the period ends (" + f.to() + ") before it starts (" + f.from()
                    + "): choose a last day on or after the first");
        }
        return new AuditQuery(f.child() == null ? null : "child",
                f.child() == null ? null : Set.of(f.child().toString()), f.user(),
                f.from() == null ? null : f.from().atStartOfDay(zone).toInstant(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Children named (one query per page), actions in words. */
    private List<AuditLine> readable(List<AuditEntry> entries) {
        Map<ChildId, ChildLabel> names = directory.childLabels(entries.stream()
                .filter(e -> "child".equals(e.subjectType())).map(e -> childId(e.subjectId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Function<AuditEntry, String> subject = e -> {
            if (!"child".equals(e.subjectType())) {
                return SubjectWords.of(e.subjectType());
            }
            ChildLabel label = names.get(childId(e.subjectId()));
            return label == null ? "a child no longer on record"
                    : label.name() + (label.upn() == null ? "" : " (UPN " + label.upn() + ")");
        };
        return entries.stream().map(e -> new AuditLine(e.at(), e.actor(), ActionLabels.label(e.action()),
                subject.apply(e), e.detail())).toList();
    }

    private static ChildId childId(String id) {
        try {
            return new ChildId(java.util.UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
