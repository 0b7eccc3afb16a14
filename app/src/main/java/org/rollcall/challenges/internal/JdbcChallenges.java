package org.rollcall.challenges.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.challenges.Challenge;
import org.rollcall.challenges.ChallengeOutcome;
import org.rollcall.challenges.ChallengeRecord;
import org.rollcall.challenges.ChallengeRule;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.challenges.Challenges;
import org.rollcall.challenges.Outcome;
import org.rollcall.challenges.RuleKind;
import org.rollcall.challenges.TypedCode;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcChallenges implements Challenges {

    /** How far back the rules look at a child's marks: four weeks, and a long run of illness before them. */
    private static final int HISTORY_DAYS = 70;
    private static final Duration AUDIT_WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Attendance attendance;
    private final Directory directory;
    private final ChallengeRules rules;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    JdbcChallenges(JdbcClient jdbc, Attendance attendance, Directory directory, ChallengeRules rules,
                   Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.attendance = attendance;
        this.directory = directory;
        this.rules = rules;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Challenge> check(ProvisionId provision, ChildId child, TypedCode typed,
                                 Collection<TypedCode> sameCall) {
        return check(provision, child, typed, sameCall, lookups());
    }

    /** A fresh memo of the reads one batch of codes shares. */
    CheckLookups lookups() {
        return new CheckLookups(directory, rules, attendance);
    }

    List<Challenge> check(ProvisionId provision, ChildId child, TypedCode typed, Collection<TypedCode> sameCall,
                          CheckLookups lookups) {
        ProvisionPlace place = lookups.place(provision).orElse(null);
        if (place == null || typed.code().isEmpty()) {
            return List.of();
        }
        CodeSet codes = attendance.codeSet(place.nation());
        if (codes.find(typed.code()).isEmpty()) {
            return List.of();
        }
        ExpectedChild expected = lookups.childrenExpected(provision, typed.date()).stream()
                .filter(c -> c.id().equals(child)).findFirst().orElse(null);
        if (expected == null) {
            return List.of();
        }
        List<ChallengeRule> on = lookups.rulesOn(expected.authorityId());
        if (on.isEmpty()) {
            return List.of();
        }
        LocalDate day = typed.date();
        List<TypedCode> history = lookups.history(child, day.minusDays(HISTORY_DAYS), day).stream()
                .map(m -> new TypedCode(m.date(), m.session(), m.code())).toList();
        Set<String> schoolCodes = on.stream().filter(r -> r.kind() == RuleKind.RARE_CODE).findFirst()
                .map(r -> lookups.codesUsedAt(provision, day.minusWeeks(r.parameter()), day.minusDays(1)))
                .orElse(Set.of());
        boolean offSite = on.stream().anyMatch(r -> r.kind() == RuleKind.B_WITHOUT_ALTERNATIVE_PROVISION)
                && codes.find(typed.code()).orElseThrow().code().equals(RuleChecks.OFF_SITE)
                && directory.attendsAlternativeProvision(child, day);
        var facts = new RuleChecks.Facts(expected.fullName(), codes, List.copyOf(sameCall), history, schoolCodes,
                !schoolCodes.isEmpty(), offSite);
        return RuleChecks.check(on, typed, facts);
    }

    @Override
    @Transactional
    public List<Mark> recordWithOutcomes(List<RecordMark> marks, List<ChallengeOutcome> outcomes) {
        OutcomeCheck.requireAnswers(marks, outcomes, this, directory);
        List<Mark> saved = attendance.recordAll(marks);
        Instant now = clock.instant();
        for (ChallengeOutcome o : outcomes) {
            saved.stream().filter(m -> m.childId().equals(o.child()) && m.date().equals(o.date())
                    && m.session() == o.session()).findFirst().ifPresent(m -> store(m, o, now));
        }
        return saved;
    }

    /** Saving again (a correction to another row) sends the same answers: each is stored once per mark. */
    private void store(Mark mark, ChallengeOutcome o, Instant now) {
        jdbc.sql("""
                        INSERT INTO challenge_outcome (id, mark_id, child_id, authority_id, provision_id, on_date,
                               session, call_id, kind, question, outcome, code_typed_first, code_saved, recorded_by,
                               recorded_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        WHERE NOT EXISTS (SELECT 1 FROM challenge_outcome WHERE mark_id = ? AND kind = ?
                                          AND outcome = ? AND code_typed_first = ?)""")
                .params(UUID.randomUUID(), mark.id(), mark.childId().value(), mark.authorityId().value(),
                        mark.provisionId().value(), mark.date(), mark.session().name(), mark.callId(),
                        o.kind().name(), o.question(), o.outcome().name(), o.codeTypedFirst(), mark.code(),
                        Objects.requireNonNullElse(mark.recordedBy(), "unknown"), Timestamp.from(now),
                        mark.id(), o.kind().name(), o.outcome().name(), o.codeTypedFirst())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> openFor(ProvisionId provision) {
        List<ChallengeRecord> open = jdbc.sql("SELECT * FROM challenge_outcome WHERE provision_id = ? "
                        + "AND outcome = 'SCHOOL_WILL_CHECK' AND closed_at IS NULL AND on_date >= ? "
                        + "ORDER BY on_date, child_id, session, kind")
                .params(provision.value(), LocalDate.now(clock).minusDays(RuleChecks.FOUR_WEEKS_DAYS))
                .query(JdbcChallenges::record).list();
        var names = directory.childLabels(open.stream().map(ChallengeRecord::childId).distinct().toList());
        return open.stream().map(r -> OutcomeCheck.openLine(r, names.get(r.childId()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChallengeRecord> forChild(ChildId child) {
        List<ChallengeRecord> found = jdbc.sql("SELECT * FROM challenge_outcome WHERE child_id = ? "
                        + "ORDER BY on_date DESC, session DESC, recorded_at DESC LIMIT 100")
                .param(child.value()).query(JdbcChallenges::record).list();
        if (!found.isEmpty()) {
            AuthorityId authority = jdbc.sql("SELECT authority_id FROM challenge_outcome WHERE id = ?")
                    .param(found.getFirst().id()).query((rs, n) -> new AuthorityId(rs.getObject(1, UUID.class)))
                    .single();
            accounts.caller().requireAccessTo(authority);
        }
        return found;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API')")
    public List<ChallengeRecord> forAuthority(AuthorityId authority, LocalDate from, LocalDate to, long offset,
                                              int limit) {
        Caller caller = accounts.caller();
        caller.requireAccessTo(authority);
        audit.recordUnlessRecorded(caller.name(), "VIEW_CHALLENGES", "authority", authority.toString(),
                "from " + from + " to " + to, AUDIT_WINDOW);
        return jdbc.sql("SELECT * FROM challenge_outcome WHERE authority_id = ? AND on_date BETWEEN ? AND ? "
                        + "ORDER BY on_date, child_id, session, recorded_at, id OFFSET ? LIMIT ?")
                .params(authority.value(), from, to, offset, limit).query(JdbcChallenges::record).list();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API')")
    public long countForAuthority(AuthorityId authority, LocalDate from, LocalDate to) {
        accounts.caller().requireAccessTo(authority);
        return jdbc.sql("SELECT count(*) FROM challenge_outcome WHERE authority_id = ? AND on_date BETWEEN ? AND ?")
                .params(authority.value(), from, to).query(Long.class).single();
    }

    /** A later mark for the session (the school checked and corrected it) closes "School will check". */
    @Transactional
    void closeByLaterMark(ChildId child, LocalDate date, Session session, UUID markId) {
        jdbc.sql("UPDATE challenge_outcome SET closed_by_mark = ?, closed_at = ? WHERE child_id = ? AND on_date = ? "
                        + "AND session = ? AND outcome = 'SCHOOL_WILL_CHECK' AND closed_at IS NULL AND mark_id <> ?")
                .params(markId, Timestamp.from(clock.instant()), child.value(), date, session.name(), markId)
                .update();
    }

    static ChallengeRecord record(ResultSet rs, int n) throws SQLException {
        return new ChallengeRecord(rs.getObject("id", UUID.class), rs.getObject("mark_id", UUID.class),
                new ChildId(rs.getObject("child_id", UUID.class)),
                new ProvisionId(rs.getObject("provision_id", UUID.class)), rs.getObject("on_date", LocalDate.class),
                Session.valueOf(rs.getString("session")), RuleKind.valueOf(rs.getString("kind")),
                rs.getString("question"), Outcome.valueOf(rs.getString("outcome")),
                rs.getString("code_typed_first"), rs.getString("code_saved"), rs.getObject("call_id", UUID.class),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    static List<TypedCode> others(List<RecordMark> marks, RecordMark mark) {
        List<TypedCode> others = new ArrayList<>();
        for (RecordMark m : marks) {
            if (m != mark && m.childId().equals(mark.childId()) && m.date() != null && m.session() != null) {
                others.add(new TypedCode(m.date(), m.session(), m.code()));
            }
        }
        return others;
    }
}
