package org.rollcall.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.ClosureReason;
import org.rollcall.calendar.NewClosure;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Closures as stored: withdrawing one keeps the row and says who withdrew it and when. */
@Component
class JdbcClosures {

    /** A closure row, before its school days are worked out. */
    record Row(ClosureId id, ProvisionId provision, LocalDate firstDay, LocalDate lastDay, ClosedSessions sessions,
               ClosureReason reason, String note, String recordedBy, Instant recordedAt, String withdrawnBy,
               Instant withdrawnAt) {
    }

    private final JdbcClient jdbc;

    JdbcClosures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ClosureId id, NewClosure c, String recordedBy, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO closure (id, provision_id, first_day, last_day, sessions, reason, note,
                                             recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), c.provision().value(), c.firstDay(), c.lastDay(), c.sessions().name(),
                        c.reason().name(), c.note(), recordedBy, Timestamp.from(recordedAt))
                .update();
    }

    Optional<Row> find(ClosureId id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM closure WHERE id = ?" + (forUpdate ? " FOR UPDATE" : "")).param(id.value())
                .query(JdbcClosures::row).optional();
    }

    void withdraw(ClosureId id, String withdrawnBy, Instant at) {
        jdbc.sql("UPDATE closure SET withdrawn_by = ?, withdrawn_at = ? WHERE id = ?")
                .params(withdrawnBy, Timestamp.from(at), id.value()).update();
    }

    /** A provision's closures, latest first. */
    List<Row> ofProvision(ProvisionId provision) {
        return jdbc.sql("SELECT * FROM closure WHERE provision_id = ? ORDER BY first_day DESC, recorded_at DESC")
                .param(provision.value()).query(JdbcClosures::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        return new Row(new ClosureId(rs.getObject("id", UUID.class)),
                new ProvisionId(rs.getObject("provision_id", UUID.class)), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), ClosedSessions.valueOf(rs.getString("sessions")),
                ClosureReason.valueOf(rs.getString("reason")), rs.getString("note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("withdrawn_by"),
                withdrawnAt == null ? null : withdrawnAt.toInstant());
    }
}
