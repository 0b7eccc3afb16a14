package org.rollcall.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.rollcall.accounts.AuditEntry;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.AuditQuery;
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
        return recordUnlessRecorded(actor, action, subjectType, List.of(subjectId), detail, within) == 1;
    }

    @Override
    @Transactional
    public int recordUnlessRecorded(String actor, String action, String subjectType, Collection<String> subjectIds,
                                    String detail, Duration within) {
        if (subjectIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        INSERT INTO audit_log (at, actor, action, subject_type, subject_id, detail)
                        SELECT ?, ?, ?, ?, s, ? FROM (SELECT DISTINCT s FROM unnest(?::text[]) s) subjects
                        WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.subject_type = ? AND a.subject_id = s
                                          AND a.action = ? AND a.actor = ? AND a.detail IS NOT DISTINCT FROM ?
                                          AND a.at > ?)""")
                .params(Timestamp.from(clock.instant()), actor, action, subjectType, detail,
                        subjectIds.toArray(String[]::new), subjectType, action, actor, detail,
                        Timestamp.from(clock.instant().minus(within)))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesFor(String subjectType, String subjectId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE subject_type = ? AND subject_id = ? ORDER BY at, id")
                .params(subjectType, subjectId).query(JdbcAuditLog::entry).list();
    }

    @Override
    @Transactional
    public int deleteOlderThan(java.time.Instant cutoff) {
        return jdbc.sql("DELETE FROM audit_log WHERE at < ?").param(Timestamp.from(cutoff)).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        Where where = Where.of(query);
        return jdbc.sql("SELECT * FROM audit_log" + where.sql() + " ORDER BY at DESC, id DESC OFFSET ? LIMIT ?")
                .params(where.params(Math.max(0, offset), Math.max(0, limit))).query(JdbcAuditLog::entry).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        Where where = Where.of(query);
        return jdbc.sql("SELECT count(*) FROM audit_log" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** The query's conditions as SQL with their parameters, in order. */
    private record Where(String sql, List<Object> values) {

        static Where of(AuditQuery q) {
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (q.subjectType() != null) {
                conditions.add("subject_type = ? AND subject_id = ANY(?)");
                values.add(q.subjectType());
                values.add(q.subjectIds().toArray(String[]::new));
            }
            if (q.actor() != null) {
                conditions.add("actor = ?");
                values.add(q.actor());
            }
            if (q.from() != null) {
                conditions.add("at >= ?");
                values.add(Timestamp.from(q.from()));
            }
            if (q.to() != null) {
                conditions.add("at < ?");
                values.add(Timestamp.from(q.to()));
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
        }

        Object[] params(Object... more) {
            List<Object> all = new ArrayList<>(values);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"));
    }
}
