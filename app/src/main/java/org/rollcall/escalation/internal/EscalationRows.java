package org.rollcall.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.TimelineEntry;
import org.rollcall.escalation.Trigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The escalation and escalation_timeline tables. Every time comes from the app clock. */
@Component
class EscalationRows {

    /** Who wrote a timeline entry that no person did. */
    static final String ROLLCALL = "Rollcall";

    private final JdbcClient jdbc;
    private final Clock clock;

    EscalationRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens one for the mark unless the child already has one for that day and trigger; empty then. */
    Optional<EscalationId> open(Mark mark, Trigger trigger, EscalationState state) {
        UUID id = UUID.randomUUID();
        return jdbc.sql("""
                        INSERT INTO escalation (id, child_id, authority_id, provision_id, on_date, session, trigger,
                                                mark_id, code, school_reason, state, opened_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (child_id, on_date, trigger) DO NOTHING RETURNING id""")
                .params(id, mark.childId().value(), mark.authorityId().value(), mark.provisionId().value(),
                        mark.date(), mark.session().name(), trigger.name(), mark.id(), mark.code(), mark.reason(),
                        state.name(), ts(clock.instant()))
                .query(UUID.class).optional().map(EscalationId::new);
    }

    Optional<Escalation> lock(ChildId child, LocalDate date, Trigger trigger) {
        return jdbc.sql("SELECT * FROM escalation WHERE child_id = ? AND on_date = ? AND trigger = ? FOR UPDATE")
                .params(child.value(), date, trigger.name()).query(EscalationRows::escalation).optional();
    }

    Escalation lock(EscalationId id) {
        return jdbc.sql("SELECT * FROM escalation WHERE id = ? FOR UPDATE").param(id.value())
                .query(EscalationRows::escalation).optional()
                .orElseThrow(() -> new IllegalArgumentException("no escalation with id " + id));
    }

    UUID markId(EscalationId id) {
        return jdbc.sql("SELECT mark_id FROM escalation WHERE id = ?").param(id.value()).query(UUID.class).single();
    }

    /** The mark that now keeps the escalation open (a correction, or the other session). */
    void follow(EscalationId id, Mark mark) {
        jdbc.sql("UPDATE escalation SET mark_id = ?, code = ?, session = ?, school_reason = ? WHERE id = ?")
                .params(mark.id(), mark.code(), mark.session().name(), mark.reason(), id.value()).update();
    }

    void state(EscalationId id, EscalationState state) {
        jdbc.sql("UPDATE escalation SET state = ?, closed_at = ? WHERE id = ?")
                .params(state.name(), state.open() ? null : ts(clock.instant()), id.value()).update();
    }

    void carerReason(EscalationId id, String reason) {
        jdbc.sql("UPDATE escalation SET carer_reason = ? WHERE id = ?").params(reason, id.value()).update();
    }

    void carerNumberWrong(EscalationId id) {
        jdbc.sql("UPDATE escalation SET carer_number_wrong = true WHERE id = ?").param(id.value()).update();
    }

    int countCarerAttempt(EscalationId id) {
        return jdbc.sql("UPDATE escalation SET carer_attempts = carer_attempts + 1 WHERE id = ? "
                + "RETURNING carer_attempts").param(id.value()).query(Integer.class).single();
    }

    /** A social-worker call waits to tell them the message of {@code kind} (with what is said of the carer). */
    void socialWorkerCallDue(EscalationId id, String kind, String carer) {
        jdbc.sql("UPDATE escalation SET sw_call_kind = ?, sw_call_carer = ?, sw_call_attempts = 0 WHERE id = ?")
                .params(kind, carer, id.value()).update();
    }

    /** The social-worker call waiting, if one is. */
    Optional<SocialWorkerCallDue> socialWorkerCall(EscalationId id) {
        return jdbc.sql("SELECT sw_call_kind, sw_call_carer, sw_call_attempts FROM escalation WHERE id = ? "
                        + "AND sw_call_kind IS NOT NULL").param(id.value())
                .query((rs, n) -> new SocialWorkerCallDue(rs.getString(1), rs.getString(2), rs.getInt(3))).optional();
    }

    int countSocialWorkerAttempt(EscalationId id) {
        return jdbc.sql("UPDATE escalation SET sw_call_attempts = sw_call_attempts + 1 WHERE id = ? "
                + "RETURNING sw_call_attempts").param(id.value()).query(Integer.class).single();
    }

    /** Told, by phone or by email: no social-worker call waits any more. */
    void socialWorkerCallDone(EscalationId id) {
        jdbc.sql("UPDATE escalation SET sw_call_kind = NULL, sw_call_carer = NULL WHERE id = ?").param(id.value())
                .update();
    }

    /** @param carer null for a message without the carer's part (the exclusion alert) */
    record SocialWorkerCallDue(String kind, String carer, int attempts) {
    }

    void note(EscalationId id, String who, Step step, String said) {
        jdbc.sql("INSERT INTO escalation_timeline (escalation_id, at, who, step, said) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), ts(clock.instant()), who, step.name(), said).update();
    }

    Optional<Escalation> find(EscalationId id) {
        return jdbc.sql("SELECT * FROM escalation WHERE id = ?").param(id.value())
                .query(EscalationRows::escalation).optional();
    }

    Optional<Escalation> find(ChildId child, LocalDate date, Trigger trigger) {
        return jdbc.sql("SELECT * FROM escalation WHERE child_id = ? AND on_date = ? AND trigger = ?")
                .params(child.value(), date, trigger.name()).query(EscalationRows::escalation).optional();
    }

    List<Escalation> forAuthority(AuthorityId authority, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM escalation WHERE authority_id = ? AND on_date BETWEEN ? AND ? "
                        + "ORDER BY on_date DESC, opened_at DESC")
                .params(authority.value(), from, to).query(EscalationRows::escalation).list();
    }

    List<Escalation> open() {
        String[] open = java.util.Arrays.stream(EscalationState.values()).filter(EscalationState::open)
                .map(Enum::name).toArray(String[]::new);
        return jdbc.sql("SELECT * FROM escalation WHERE closed_at IS NULL AND state = ANY(?) ORDER BY opened_at")
                .param(open).query(EscalationRows::escalation).list();
    }

    List<Escalation> lettersOutstanding(ProvisionId school) {
        return jdbc.sql("SELECT * FROM escalation WHERE provision_id = ? AND trigger = 'EXCLUSION' "
                        + "AND state = 'LETTER_REQUESTED' ORDER BY on_date, opened_at")
                .param(school.value()).query(EscalationRows::escalation).list();
    }

    /** Exclusions whose letter is still waited for and whose one reminder has not been sent, oldest first. */
    List<Escalation> lettersWithoutReminder() {
        return jdbc.sql("SELECT * FROM escalation WHERE trigger = 'EXCLUSION' AND state = 'LETTER_REQUESTED' "
                + "AND letter_reminder_at IS NULL ORDER BY opened_at").query(EscalationRows::escalation).list();
    }

    /**
     * Claims the one reminder: true for exactly one caller however many nodes check at once (the row lock makes the
     * others wait, then find it set), and never for a letter received meanwhile.
     */
    boolean claimReminder(EscalationId id) {
        return jdbc.sql("UPDATE escalation SET letter_reminder_at = ? WHERE id = ? AND state = 'LETTER_REQUESTED' "
                + "AND letter_reminder_at IS NULL").params(ts(clock.instant()), id.value()).update() == 1;
    }

    List<TimelineEntry> timeline(EscalationId id) {
        return jdbc.sql("SELECT * FROM escalation_timeline WHERE escalation_id = ? ORDER BY seq").param(id.value())
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("who"),
                        Step.valueOf(rs.getString("step")), rs.getString("said")))
                .list();
    }

    /** The timelines of several escalations in one query, each in order. */
    java.util.Map<EscalationId, List<TimelineEntry>> timelines(java.util.Collection<EscalationId> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<EscalationId, List<TimelineEntry>> byId = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM escalation_timeline WHERE escalation_id = ANY(?) ORDER BY escalation_id, seq")
                .param(ids.stream().map(EscalationId::value).toArray(UUID[]::new))
                .query(rs -> {
                    byId.computeIfAbsent(new EscalationId(rs.getObject("escalation_id", UUID.class)),
                            k -> new java.util.ArrayList<>()).add(new TimelineEntry(rs.getTimestamp("at").toInstant(),
                            rs.getString("who"), Step.valueOf(rs.getString("step")), rs.getString("said")));
                });
        return byId;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Escalation escalation(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Escalation(new EscalationId(rs.getObject("id", UUID.class)),
                new ChildId(rs.getObject("child_id", UUID.class)),
                new AuthorityId(rs.getObject("authority_id", UUID.class)),
                new ProvisionId(rs.getObject("provision_id", UUID.class)), rs.getObject("on_date", LocalDate.class),
                Session.valueOf(rs.getString("session")), Trigger.valueOf(rs.getString("trigger")),
                rs.getString("code"), rs.getString("school_reason"),
                EscalationState.valueOf(rs.getString("state")), rs.getString("carer_reason"),
                rs.getInt("carer_attempts"), rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }
}
