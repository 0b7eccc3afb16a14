package org.rollcall.accounts.internal;

import java.time.Duration;

import org.rollcall.accounts.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Joins the caller's transaction: a read that fails is not audited as seen, a read that succeeds always is.
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        jdbc.sql("INSERT INTO audit_log (actor, action, subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?)")
                .params(actor, action, subjectType, subjectId, detail).update();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(String action, String subjectType, String subjectId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND subject_type = ? AND subject_id = ?")
                .params(action, subjectType, subjectId).query(Long.class).single();
    }

    // Database time on both sides (the at column defaults to now()), so a fast or shifted app clock cannot skew it.
    @Override
    @Transactional(readOnly = true)
    public boolean recordedWithin(String actor, String action, String subjectType, String subjectId,
                                  Duration within) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM audit_log WHERE subject_type = ? AND subject_id = ? AND action = ?
                                       AND actor = ? AND at > now() - make_interval(secs => ?))""")
                .params(subjectType, subjectId, action, actor, (double) within.toMillis() / 1000)
                .query(Boolean.class).single();
    }
}
