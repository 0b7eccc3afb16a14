package org.rollcall.qa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.recording.RecordingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls list's query (ADR 0032): one day's calls from the read-only view {@code qa_call_row}, filtered and paged
 * in SQL in due order, so a national day (8,000+ calls) reads one page at a time through call_date_due_idx.
 */
@Service
public class CallSearch {

    private final JdbcClient jdbc;

    CallSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<CallRow> page(CallFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT v.*, cr.result AS review FROM qa_call_row v LEFT JOIN call_review cr ON cr.call_id = v.id"
                + where + " ORDER BY v.due_at, v.id LIMIT ? OFFSET ?").params(params).query(CallSearch::row).list();
    }

    @Transactional(readOnly = true)
    public int count(CallFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT count(*) FROM qa_call_row v LEFT JOIN call_review cr ON cr.call_id = v.id" + where)
                .params(params).query(Integer.class).single();
    }

    /** The plan of the page query, for ADR 0032's measurements and its test. */
    @Transactional(readOnly = true)
    public List<String> explain(CallFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("EXPLAIN ANALYZE SELECT v.*, cr.result AS review FROM qa_call_row v LEFT JOIN call_review cr"
                + " ON cr.call_id = v.id" + where + " ORDER BY v.due_at, v.id LIMIT ? OFFSET ?").params(params)
                .query(String.class).list();
    }

    private static String where(CallFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE v.call_date = ?");
        params.add(f.date());
        if (f.authority() != null) {
            // Calls to a provision where a child of the authority was placed that day.
            sql.append(" AND EXISTS (SELECT 1 FROM placement pl JOIN child ch ON ch.id = pl.child_id WHERE pl.provision_id"
                    + " = v.provision_id AND ch.authority_id = ? AND pl.starts_on <= v.call_date AND (pl.ends_on IS NULL"
                    + " OR pl.ends_on >= v.call_date))");
            params.add(f.authority().value());
        }
        if (f.provision() != null) {
            sql.append(" AND v.provision_id = ?");
            params.add(f.provision().value());
        }
        if (f.operator() != null) {
            sql.append(" AND v.operator_id = ?");
            params.add(f.operator());
        }
        if (f.outcome() != null) {
            sql.append(" AND v.outcome = ?");
            params.add(f.outcome().name());
        }
        if (f.noRecording()) {
            sql.append(" AND v.recording_status IS NULL");
        } else if (f.recording() != null) {
            sql.append(" AND v.recording_status = ?");
            params.add(f.recording().name());
        }
        if (f.withChallenge()) {
            sql.append(" AND v.has_challenge");
        }
        if (f.withCorrection()) {
            sql.append(" AND v.has_correction");
        }
        if (f.notReviewed()) {
            sql.append(" AND cr.call_id IS NULL");
        }
        if (f.text() != null) {
            String like = "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (v.provision_name ILIKE ? OR EXISTS (SELECT 1 FROM mark m JOIN child ch ON ch.id ="
                    + " m.child_id WHERE m.call_id = v.id AND (ch.first_name || ' ' || ch.last_name ILIKE ?"
                    + " OR ch.upn = upper(?))))");
            params.add(like);
            params.add(like);
            params.add(f.text());
        }
        return sql.toString();
    }

    private static CallRow row(ResultSet rs, int n) throws SQLException {
        String recording = rs.getString("recording_status");
        String outcome = rs.getString("outcome");
        String review = rs.getString("review");
        java.sql.Timestamp due = rs.getTimestamp("due_at");
        return new CallRow(rs.getObject("id", UUID.class), rs.getObject("call_date", java.time.LocalDate.class),
                due == null ? null : due.toInstant(), rs.getString("provision_name"),
                CallPurpose.valueOf(rs.getString("purpose")), rs.getObject("collect_from", java.time.LocalDate.class),
                rs.getInt("attempt"), CallStatus.valueOf(rs.getString("status")), rs.getString("operator_name"),
                outcome == null ? null : CallOutcome.valueOf(outcome), (Integer) rs.getObject("talk_seconds"),
                recording == null ? null : RecordingStatus.valueOf(recording), rs.getBoolean("has_challenge"),
                rs.getBoolean("has_correction"), review == null ? null : ReviewResult.valueOf(review),
                rs.getBoolean("has_mismatch"));
    }
}
