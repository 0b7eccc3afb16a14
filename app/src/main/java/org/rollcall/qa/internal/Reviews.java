package org.rollcall.qa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.accounts.AuditLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.platform.FreeText;
import org.rollcall.qa.ReviewRefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviews of calls: the scorecard with its result, and comments pinned to the recording. */
@Service
public class Reviews {

    private final JdbcClient jdbc;
    private final Scorecards scorecards;
    private final ReviewQueue queue;
    private final AuditLog audit;
    private final Clock clock;

    Reviews(JdbcClient jdbc, Scorecards scorecards, ReviewQueue queue, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SavedReview> of(UUID callId) {
        return jdbc.sql("SELECT * FROM call_review WHERE call_id = ?").param(callId).query(this::review).optional();
    }

    /** An operator's own reviews, newest first. */
    @Transactional(readOnly = true)
    public List<SavedReview> ofOperator(UUID operatorId) {
        return jdbc.sql("SELECT * FROM call_review WHERE operator_id = ? ORDER BY reviewed_at DESC")
                .param(operatorId).query(this::review).list();
    }

    /**
     * Scores the call against the template in use and saves the review (replacing an earlier one), takes the call
     * out of the review queue and audits it, all or nothing.
     *
     * @param override a result other than the computed one, or null; needs a reason
     */
    @Transactional
    public SavedReview save(CallSummary call, List<Integer> scores, ReviewResult override, String overrideReason,
                            String by) {
        ScorecardTemplate template = scorecards.active();
        var percent = Scoring.percent(template, scores);
        ReviewResult computed = Scoring.result(template, percent);
        ReviewResult result = override == null ? computed : override;
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (result != computed && reason == null) {
            throw new ReviewRefusedException("The scores give \"" + computed.label() + "\": to record \""
                    + result.label() + "\" instead, say why in the reason for the override.");
        }
        if (reason != null && reason.length() > FreeText.MAX_REASON) {
            throw new ReviewRefusedException("The reason for the override is " + reason.length()
                    + " characters long: at most " + FreeText.MAX_REASON + " are accepted.");
        }
        if (result == computed) {
            reason = null;
        }
        jdbc.sql("DELETE FROM call_review WHERE call_id = ?").param(call.id().value()).update();
        var now = clock.instant();
        jdbc.sql("""
                INSERT INTO call_review (call_id, template_id, operator_id, operator_name, call_date, reviewer,
                                         reviewed_at, percent, computed_result, result, override_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(call.id().value(), template.id(),
                call.operatorId() == null ? null : call.operatorId().value(), call.operatorName(), call.date(), by,
                Timestamp.from(now), percent, computed.name(), result.name(), reason).update();
        for (int i = 0; i < scores.size(); i++) {
            jdbc.sql("INSERT INTO review_score (call_id, position, score) VALUES (?, ?, ?)")
                    .params(call.id().value(), i + 1, scores.get(i)).update();
        }
        queue.done(call.id().value(), now);
        audit.record(by, "REVIEW_CALL", "call", call.id().toString(), result.label() + " (" + percent.toPlainString()
                + " %)" + (reason == null ? "" : ", overridden from " + computed.label() + ": " + reason));
        return of(call.id().value()).orElseThrow();
    }

    /**
     * Pins a comment to a moment of the recording.
     *
     * @param durationMillis the recording's length, or null when there is no audio (then only 0 is accepted)
     */
    @Transactional
    public PinnedComment comment(UUID callId, long atMillis, Long durationMillis, String text, String by) {
        if (text == null || text.isBlank()) {
            throw new ReviewRefusedException("The comment is empty: write what the operator should know.");
        }
        if (text.strip().length() > FreeText.MAX_REASON) {
            throw new ReviewRefusedException("The comment is " + text.strip().length() + " characters long: at most "
                    + FreeText.MAX_REASON + " are accepted.");
        }
        long end = durationMillis == null ? 0 : durationMillis;
        if (atMillis < 0 || atMillis > end) {
            throw new ReviewRefusedException("A comment can be pinned from 0:00 to " + new PinnedComment(null, callId,
                    end, "", "", null).at() + " (the end of the recording), not at " + new PinnedComment(null, callId,
                    Math.max(0, atMillis), "", "", null).at() + (atMillis < 0 ? " before the start" : "") + ".");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO review_comment (id, call_id, at_millis, body, written_by, written_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(id, callId, atMillis, text.strip(), by,
                Timestamp.from(clock.instant())).update();
        return new PinnedComment(id, callId, atMillis, text.strip(), by, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<PinnedComment> comments(UUID callId) {
        return jdbc.sql("SELECT * FROM review_comment WHERE call_id = ? ORDER BY at_millis, written_at")
                .param(callId).query((rs, n) -> new PinnedComment(rs.getObject("id", UUID.class), callId,
                        rs.getLong("at_millis"), rs.getString("body"), rs.getString("written_by"),
                        rs.getTimestamp("written_at").toInstant())).list();
    }

    private SavedReview review(ResultSet rs, int n) throws SQLException {
        UUID callId = rs.getObject("call_id", UUID.class);
        List<Integer> scores = jdbc.sql("SELECT score FROM review_score WHERE call_id = ? ORDER BY position")
                .param(callId).query(Integer.class).list();
        return new SavedReview(callId, rs.getObject("template_id", UUID.class), rs.getObject("operator_id", UUID.class),
                rs.getString("operator_name"), rs.getObject("call_date", java.time.LocalDate.class),
                rs.getString("reviewer"), rs.getTimestamp("reviewed_at").toInstant(), rs.getBigDecimal("percent"),
                ReviewResult.valueOf(rs.getString("computed_result")), ReviewResult.valueOf(rs.getString("result")),
                rs.getString("override_reason"), scores);
    }
}
