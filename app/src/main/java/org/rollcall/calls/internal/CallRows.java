package org.rollcall.calls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and locks call rows. */
@Component
class CallRows {

    private final JdbcClient jdbc;

    CallRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CallSummary> find(CallId id) {
        return jdbc.sql("SELECT * FROM call WHERE id = ?").param(id.value()).query(CallRows::summary).optional();
    }

    CallSummary lock(CallId id) {
        return jdbc.sql("SELECT * FROM call WHERE id = ? FOR UPDATE").param(id.value()).query(CallRows::summary)
                .optional().orElseThrow(() -> new IllegalArgumentException("no call with id " + id));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static CallSummary summary(ResultSet rs, int n) throws SQLException {
        UUID operator = rs.getObject("operator_id", UUID.class);
        String outcome = rs.getString("outcome");
        return new CallSummary(new CallId(rs.getObject("id", UUID.class)),
                new ProvisionId(rs.getObject("provision_id", UUID.class)), rs.getObject("call_date", LocalDate.class),
                rs.getInt("attempt"), CallStatus.valueOf(rs.getString("status")),
                operator == null ? null : new UserId(operator), rs.getString("operator_name"),
                instant(rs, "due_at"), instant(rs, "window_closes"), instant(rs, "offered_at"),
                instant(rs, "placed_at"), instant(rs, "answered_at"), instant(rs, "bridged_at"),
                instant(rs, "ended_at"), rs.getObject("talk_seconds", Integer.class), rs.getString("end_cause"),
                outcome == null ? null : CallOutcome.valueOf(outcome), instant(rs, "callback_at"),
                CallPurpose.valueOf(rs.getString("purpose")), rs.getObject("collect_from", LocalDate.class),
                rs.getObject("subject", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
