package org.rollcall.attendance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkMismatch;
import org.rollcall.attendance.MarkSource;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps a school's code beside the call's mark that differs from it (ADR 0044); the same difference once only. */
@Component
class Mismatches {

    private final JdbcClient jdbc;
    private final Clock clock;

    Mismatches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code callMark} is the call's (current) mark; {@code schoolMarkId} the school's mark it superseded, if any. */
    void keep(Mark callMark, String schoolCode, String schoolReason, MarkSource schoolSource, String schoolRef,
              UUID schoolMarkId) {
        jdbc.sql("""
                        INSERT INTO mark_mismatch (id, child_id, authority_id, provision_id, on_date, session, call_id,
                                                   call_mark_id, call_code, school_mark_id, school_code, school_reason,
                                                   school_source, school_ref, found_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (call_mark_id, school_code) DO NOTHING""")
                .params(UUID.randomUUID(), callMark.childId().value(), callMark.authorityId().value(),
                        callMark.provisionId().value(), callMark.date(), callMark.session().name(),
                        callMark.callId() != null ? callMark.callId() : confirmedCall(callMark.id()),
                        callMark.id(), callMark.code(), schoolMarkId, schoolCode, schoolReason, schoolSource.name(),
                        schoolRef, Timestamp.from(clock.instant()))
                .update();
    }

    private UUID confirmedCall(UUID markId) {
        return jdbc.sql("SELECT confirmed_call_id FROM mark WHERE id = ?").param(markId).query(UUID.class)
                .optional().orElse(null);
    }

    List<MarkMismatch> page(AuthorityId authority, LocalDate from, LocalDate to, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM mark_mismatch WHERE authority_id = ? AND on_date BETWEEN ? AND ?
                        ORDER BY on_date DESC, found_at DESC, id LIMIT ? OFFSET ?""")
                .params(authority.value(), from, to, limit, offset)
                .query((rs, n) -> new MarkMismatch(rs.getObject("id", UUID.class),
                        new ChildId(rs.getObject("child_id", UUID.class)),
                        new AuthorityId(rs.getObject("authority_id", UUID.class)),
                        new ProvisionId(rs.getObject("provision_id", UUID.class)),
                        rs.getObject("on_date", LocalDate.class), Session.valueOf(rs.getString("session")),
                        rs.getObject("call_id", UUID.class), rs.getString("call_code"), rs.getString("school_code"),
                        rs.getString("school_reason"), MarkSource.valueOf(rs.getString("school_source")),
                        rs.getTimestamp("found_at").toInstant()))
                .list();
    }

    int count(AuthorityId authority, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM mark_mismatch WHERE authority_id = ? AND on_date BETWEEN ? AND ?")
                .params(authority.value(), from, to).query(Integer.class).single();
    }
}
