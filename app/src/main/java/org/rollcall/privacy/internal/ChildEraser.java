package org.rollcall.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one child's personal data inside the caller's transaction (ADR 0034). Like SubjectQueries this is the
 * documented first step: one statement per owning module, meant to move behind each module's public API.
 * Kept, anonymised: the child row (its surrogate id, authority, year group, cohort, SEN status, year of birth), marks
 * and results without free text, so statistics stay right. Removed: names, UPN, date of birth (to the 1st of
 * January), contacts, every free text that may name a person, changes heard, introduction letters.
 */
@Component
public class ChildEraser {

    private static final List<String> STATEMENTS = List.of(
            // directory
            """
            UPDATE child SET first_name = 'Erased', last_name = 'child', upn = NULL,
                             date_of_birth = CAST(date_trunc('year', date_of_birth) AS DATE) WHERE id = :child""",
            "DELETE FROM contact WHERE child_id = :child",
            // attendance, apattendance, challenges
            "UPDATE mark SET reason = '(erased)' WHERE child_id = :child AND reason IS NOT NULL",
            "UPDATE ap_attendance SET reason_text = '(erased)' WHERE child_id = :child AND reason_text IS NOT NULL",
            // changes
            "DELETE FROM change_heard WHERE child_id = :child",
            // escalation
            """
            UPDATE escalation SET school_reason = CASE WHEN school_reason IS NULL THEN NULL ELSE '(erased)' END,
                                  carer_reason = CASE WHEN carer_reason IS NULL THEN NULL ELSE '(erased)' END
            WHERE child_id = :child""",
            """
            UPDATE escalation_timeline SET said = '(erased)'
            WHERE escalation_id IN (SELECT id FROM escalation WHERE child_id = :child)""",
            // moves, enrolment
            "UPDATE school_move SET letter_to = NULL WHERE child_id = :child",
            "UPDATE not_on_roll SET note = NULL WHERE child_id = :child",
            "DELETE FROM introduction_letter WHERE child_id = :child",
            // privacy's own: the label of earlier exports (their archives are deleted after commit)
            "UPDATE privacy_export SET child_label = 'Erased child' WHERE child_id = :child");

    /** Recordings whose every child is erased (or is this one): only those go, others serve the other children. */
    private static final String RECORDINGS_TO_DELETE = """
            SELECT r.call_id FROM recording r
            WHERE r.status = 'STORED' AND r.call_id IN (""" + SubjectQueries.CALLS_OF_CHILD + """
            ) AND NOT EXISTS (SELECT 1 FROM mark m WHERE m.call_id = r.call_id AND m.child_id <> :child
                              AND NOT EXISTS (SELECT 1 FROM privacy_erasure e WHERE e.reference = m.child_id))""";

    private final JdbcClient jdbc;

    ChildEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's authority, locking the child's row; empty when there is no such child. */
    public java.util.Optional<UUID> lock(UUID child) {
        return jdbc.sql("SELECT authority_id FROM child WHERE id = ? FOR UPDATE").param(child).query(UUID.class)
                .optional();
    }

    /** The child's authority, without a lock (a check before asking for confirmation). */
    public java.util.Optional<UUID> authorityOf(UUID child) {
        return jdbc.sql("SELECT authority_id FROM child WHERE id = ?").param(child).query(UUID.class).optional();
    }

    public boolean erased(UUID child) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM privacy_erasure WHERE reference = ?)").param(child)
                .query(Boolean.class).single();
    }

    /** Erases and logs; returns the erasure's id. The recordings to delete are queued in privacy_recording_due. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID erase(UUID child, UUID authority, boolean onRequest, String by, String reason, LocalDate leftOn,
                      Instant at) {
        List<UUID> recordings = jdbc.sql(RECORDINGS_TO_DELETE).param("child", child).query(UUID.class).list();
        for (String statement : STATEMENTS) {
            jdbc.sql(statement).param("child", child).update();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO privacy_erasure (id, reference, authority_id, erased_at, erased_by, trigger, reason,
                                                     left_on, recordings_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, child, authority, Timestamp.from(at), by, onRequest ? "REQUEST" : "RETENTION", reason,
                        leftOn, recordings.size()).update();
        for (UUID call : recordings) {
            jdbc.sql("INSERT INTO privacy_recording_due (call_id, erasure_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(call, id).update();
        }
        return id;
    }
}
