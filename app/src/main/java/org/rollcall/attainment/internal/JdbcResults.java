package org.rollcall.attainment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.attainment.AcademicTerm;
import org.rollcall.attainment.Assessment;
import org.rollcall.attainment.RecordResults;
import org.rollcall.attainment.RecordedResult;
import org.rollcall.attainment.Results;
import org.rollcall.attainment.ResultsRefusedException;
import org.rollcall.attainment.Subject;
import org.rollcall.calls.CallId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcResults implements Results {

    private static final String COLUMNS = "id, child_id, authority_id, call_id, assessment, subject, value, "
            + "academic_year, term, recorded_at, recorded_by";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    JdbcResults(JdbcClient jdbc, Directory directory, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean collectsAttainment(AuthorityId authority) {
        return collectingAttainment(List.of(authority)).contains(authority);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<AuthorityId> collectingAttainment(Collection<AuthorityId> authorities) {
        if (authorities.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT authority_id FROM attainment_authority WHERE collects "
                        + "AND authority_id = ANY(?)")
                .param(authorities.stream().map(AuthorityId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new AuthorityId(rs.getObject(1, UUID.class))).list());
    }

    @Override
    @Transactional
    public void setCollectsAttainment(AuthorityId authority, boolean collects, String by) {
        if (directory.authorities().stream().noneMatch(a -> a.id().equals(authority))) {
            throw new IllegalArgumentException("there is no authority with id " + authority);
        }
        jdbc.sql("""
                        INSERT INTO attainment_authority (authority_id, collects, changed_at, changed_by)
                        VALUES (?, ?, ?, ?) ON CONFLICT (authority_id)
                        DO UPDATE SET collects = excluded.collects, changed_at = excluded.changed_at,
                                      changed_by = excluded.changed_by""")
                .params(authority.value(), collects, Timestamp.from(clock.instant()), by).update();
        audit.record(by, collects ? "ATTAINMENT_ON" : "ATTAINMENT_OFF", "authority", authority.toString(), null);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    public List<RecordedResult> record(RecordResults results) {
        ChildRecord child = directory.childRecord(results.child()).orElseThrow(() ->
                new ResultsRefusedException("there is no child with id " + results.child()));
        var nation = directory.authority(child.authorityId()).nation();
        if (!collectsAttainment(child.authorityId())) {
            throw new ResultsRefusedException("Nothing saved: " + child.firstName() + " " + child.lastName()
                    + "'s authority does not collect attainment results");
        }
        Assessment assessment = results.assessment();
        if (!assessment.fits(child.yearGroup(), nation)) {
            throw new ResultsRefusedException("Nothing saved: " + ResultsRules.notTaken(assessment, child, nation));
        }
        Map<Subject, String> values = new LinkedHashMap<>();
        Map<Subject, String> problems = ResultsRules.check(assessment, results.typed(), nation, values);
        if (!problems.isEmpty()) {
            throw new ResultsRefusedException(problems);
        }
        if (values.isEmpty()) {
            throw new ResultsRefusedException("Nothing saved: enter at least one result for "
                    + assessment.label().toLowerCase(java.util.Locale.UK));
        }
        Caller caller = accounts.caller();
        Instant now = clock.instant();
        AcademicTerm term = AcademicTerm.of(LocalDate.ofInstant(now, clock.getZone()));
        List<RecordedResult> saved = new ArrayList<>();
        for (var value : values.entrySet()) {
            RecordedResult r = new RecordedResult(UUID.randomUUID(), results.child(), child.authorityId(),
                    results.call(), assessment, value.getKey(), value.getValue(), term, now, caller.name());
            jdbc.sql("INSERT INTO attainment_result (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(r.id(), r.child().value(), r.authority().value(),
                            r.call() == null ? null : r.call().value(), assessment.name(), r.subject().name(),
                            r.value(), term.academicYear(), term.term().name(), Timestamp.from(now), r.recordedBy())
                    .update();
            audit.record(caller.name(), "RECORD_RESULT", "child", results.child().toString(), assessment.label()
                    + ", " + r.subject().label() + ": " + r.value() + (r.call() == null ? "" : " on call " + r.call()));
            saved.add(r);
        }
        return saved;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AUTHORITY', 'QA', 'ADMIN', 'SUPERVISOR', 'OPERATOR')")
    public List<RecordedResult> forChild(ChildId child) {
        AuthorityId scope = accounts.caller().authorityId();
        return jdbc.sql("SELECT " + COLUMNS + " FROM attainment_result WHERE child_id = ? "
                        + "AND (CAST(? AS UUID) IS NULL OR authority_id = ?) ORDER BY recorded_at DESC, subject")
                .params(child.value(), scope == null ? null : scope.value(), scope == null ? null : scope.value())
                .query(JdbcResults::result).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordedResult> recordedBetween(AuthorityId authority, Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attainment_result WHERE authority_id = ? AND recorded_at >= ? "
                        + "AND recorded_at < ? ORDER BY recorded_at, child_id, subject, id")
                .params(authority.value(), Timestamp.from(from), Timestamp.from(to))
                .query(JdbcResults::result).list();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('API', 'AUTHORITY', 'ADMIN')")
    public List<RecordedResult> page(AuthorityId authority, Instant from, Instant to, long offset, int limit) {
        Caller caller = accounts.caller();
        caller.requireAccessTo(authority);
        audit.recordUnlessRecorded(caller.name(), "VIEW_RESULTS", "authority", authority.toString(),
                "from " + from + " to " + to, java.time.Duration.ofMinutes(15));
        return jdbc.sql("SELECT " + COLUMNS + " FROM attainment_result WHERE authority_id = ? AND recorded_at >= ? "
                        + "AND recorded_at < ? ORDER BY recorded_at, child_id, subject, id OFFSET ? LIMIT ?")
                .params(authority.value(), Timestamp.from(from), Timestamp.from(to), offset, limit)
                .query(JdbcResults::result).list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('API', 'AUTHORITY', 'ADMIN')")
    public long count(AuthorityId authority, Instant from, Instant to) {
        accounts.caller().requireAccessTo(authority);
        return jdbc.sql("SELECT count(*) FROM attainment_result WHERE authority_id = ? AND recorded_at >= ? "
                        + "AND recorded_at < ?").params(authority.value(), Timestamp.from(from), Timestamp.from(to))
                .query(Long.class).single();
    }

    private static RecordedResult result(ResultSet rs, int row) throws SQLException {
        UUID call = rs.getObject("call_id", UUID.class);
        return new RecordedResult(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                new AuthorityId(rs.getObject("authority_id", UUID.class)), call == null ? null : new CallId(call),
                Assessment.valueOf(rs.getString("assessment")), Subject.valueOf(rs.getString("subject")),
                rs.getString("value"), new AcademicTerm(rs.getString("academic_year"),
                AcademicTerm.Term.valueOf(rs.getString("term"))), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }
}
