package org.rollcall.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.rollcall.accounts.AuditEntry;
import org.rollcall.accounts.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // Joins the caller's transaction: a read that fails is not audited as seen, a read that succeeds always is.
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        jdbc.sql("INSERT INTO audit_log (at, actor, action, subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, action, subjectType, subjectId, detail).update();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(String action, String subjectType, String subjectId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND subject_type = ? AND subject_id = ?")
                .params(action, subjectType, subjectId).query(Long.class).single();
    }

    // Entries are stamped by the app clock, so the window is measured on it too.
    @Override
    @Transactional(readOnly = true)
    public boolean recordedWithin(String actor, String action, String subjectType, String subjectId,
                                  Duration within) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM audit_log WHERE subject_type = ? AND subject_id = ? AND action = ?
                                       AND actor = ? AND at > ?)""")
                .params(subjectType, subjectId, action, actor, Timestamp.from(clock.instant().minus(within)))
                .query(Boolean.class).single();
    }

    @Override
    @Transactional
    public boolean recordUnlessRecorded(String actor, String action, String subjectType, String subjectId,
                                        String detail, Duration within) {
        boolean recent = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM audit_log WHERE subject_type = ? AND subject_id = ? AND action = ?
                                       AND actor = ? AND detail IS NOT DISTINCT FROM ? AND at > ?)""")
                .params(subjectType, subjectId, action, actor, detail, Timestamp.from(clock.instant().minus(within)))
                .query(Boolean.class).single();
        if (!recent) {
            record(actor, action, subjectType, subjectId, detail);
        }
        return !recent;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesFor(String subjectType, String subjectId) {
        return jdbc.sql("""
                        SELECT at, actor, action, subject_type, subject_id, detail FROM audit_log
                        WHERE subject_type = ? AND subject_id = ? ORDER BY at, id""")
                .params(subjectType, subjectId)
                .query((rs, n) -> new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("detail")))
                .list();
    }

    @Override
    @Transactional
    public int deleteOlderThan(java.time.Instant cutoff) {
        return jdbc.sql("DELETE FROM audit_log WHERE at < ?").param(Timestamp.from(cutoff)).update();
    }
}
