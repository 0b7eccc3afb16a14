package org.rollcall.qa.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: each operator's sampled share of completed calls ({@link Sampling}) plus every call with a
 * challenge or a correction. Filling is idempotent (a call is queued once); reviewed calls leave it.
 */
@Service
public class ReviewQueue {

    /** A call waiting for review and why it is there. */
    public record Item(UUID callId, LocalDate callDate, String reason, String provisionName, String operatorName,
                       String takenBy) {

        public String reasonLabel() {
            return switch (reason) {
                case "CHALLENGE" -> "Challenge on the call";
                case "CORRECTION" -> "Mark corrected";
                default -> "Sampled";
            };
        }
    }

    private final JdbcClient jdbc;
    private final Scorecards scorecards;
    private final Clock clock;

    ReviewQueue(JdbcClient jdbc, Scorecards scorecards, Clock clock) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${rollcall.qa.queue-interval:5m}", fixedDelayString = "${rollcall.qa.queue-interval:5m}")
    void fillToday() {
        fill(LocalDate.now(clock));
    }

    /** Queues the day's calls that need a review and are not queued yet; returns how many were added. */
    @Transactional
    public int fill(LocalDate day) {
        Instant now = clock.instant();
        // Challenges and corrections first: a call sampled as well keeps the stronger reason.
        int added = jdbc.sql("""
                INSERT INTO review_queue (call_id, call_date, reason, queued_at)
                SELECT v.id, v.call_date, CASE WHEN v.has_challenge THEN 'CHALLENGE' ELSE 'CORRECTION' END, ?
                FROM qa_call_row v
                WHERE v.call_date = ? AND (v.has_challenge OR v.has_correction)
                  AND NOT EXISTS (SELECT 1 FROM call_review cr WHERE cr.call_id = v.id)
                ON CONFLICT (call_id) DO NOTHING""").params(Timestamp.from(now), day).update();
        int percent = scorecards.active().samplePercent();
        var completed = jdbc.sql("""
                SELECT id, operator_id FROM qa_call_row
                WHERE call_date = ? AND outcome = 'COMPLETED' AND operator_id IS NOT NULL
                ORDER BY operator_id, ended_at, id""").param(day)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        Map<UUID, Integer> positions = new HashMap<>();
        for (UUID[] call : completed) {
            int position = positions.merge(call[1], 1, Integer::sum);
            if (Sampling.sampled(call[1], day, position, percent)) {
                added += jdbc.sql("""
                        INSERT INTO review_queue (call_id, call_date, reason, queued_at)
                        SELECT ?, ?, 'SAMPLED', ? WHERE NOT EXISTS (SELECT 1 FROM call_review WHERE call_id = ?)
                        ON CONFLICT (call_id) DO NOTHING""").params(call[0], day, Timestamp.from(now), call[0])
                        .update();
            }
        }
        return added;
    }

    /** Calls still waiting: challenges and corrections first, then by when they were queued. */
    @Transactional(readOnly = true)
    public List<Item> open() {
        return jdbc.sql("""
                SELECT q.call_id, q.call_date, q.reason, v.provision_name, v.operator_name, q.taken_by
                FROM review_queue q JOIN qa_call_row v ON v.id = q.call_id
                WHERE q.done_at IS NULL
                ORDER BY q.reason = 'SAMPLED', q.queued_at, q.call_id""").query((rs, n) -> new Item(
                rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6))).list();
    }

    /** The next call for this reviewer: one they took and left first, else the first nobody has taken. */
    @Transactional
    public Optional<UUID> takeNext(String reviewer) {
        Optional<UUID> next = jdbc.sql("""
                SELECT call_id FROM review_queue
                WHERE done_at IS NULL AND (taken_by IS NULL OR taken_by = ?)
                ORDER BY taken_by IS NULL, reason = 'SAMPLED', queued_at, call_id
                LIMIT 1 FOR UPDATE SKIP LOCKED""").param(reviewer).query(UUID.class).optional();
        next.ifPresent(id -> jdbc.sql("UPDATE review_queue SET taken_by = ?, taken_at = ? WHERE call_id = ?")
                .params(reviewer, Timestamp.from(clock.instant()), id).update());
        return next;
    }

    void done(UUID callId, Instant at) {
        jdbc.sql("UPDATE review_queue SET done_at = ? WHERE call_id = ? AND done_at IS NULL")
                .params(Timestamp.from(at), callId).update();
    }
}
