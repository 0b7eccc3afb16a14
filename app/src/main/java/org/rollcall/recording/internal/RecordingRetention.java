package org.rollcall.recording.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.directory.Directory;
import org.rollcall.recording.RecordingProperties;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes recordings whose retention has passed: the longest period of the authorities whose children were marked
 * on the call. A legal hold keeps a recording. Each deletion is logged in recording_deletion.
 */
@Component
class RecordingRetention {

    private static final Logger log = LoggerFactory.getLogger(RecordingRetention.class);

    private final JdbcClient jdbc;
    private final RecordingStore store;
    private final Attendance attendance;
    private final Directory directory;
    private final RecordingProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    RecordingRetention(JdbcClient jdbc, RecordingStore store, Attendance attendance, Directory directory,
                       RecordingProperties properties, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.attendance = attendance;
        this.directory = directory;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${rollcall.recording.retention.cron:0 30 2 * * *}",
            zone = "${rollcall.platform.zone:Europe/London}")
    void daily() {
        int deleted = deleteExpired(clock.instant());
        log.info("Retention: {} recordings deleted", deleted);
    }

    /**
     * Deletes every recording past its retention at {@code now}, oldest first; returns how many. One recording that
     * cannot be deleted (store down, an unreadable key) is logged and left for tomorrow; the others still go.
     */
    int deleteExpired(Instant now) {
        // Nothing expires sooner than the shortest period in force, so only recordings older than that are looked at.
        int shortest = Math.min(properties.retention().defaultMonths(), directory.authorities().stream()
                .mapToInt(a -> a.retentionMonths()).min().orElse(Integer.MAX_VALUE));
        Instant oldestCandidate = ZonedDateTime.ofInstant(now, clock.getZone()).minusMonths(shortest).toInstant();
        List<Candidate> candidates = jdbc.sql("""
                        SELECT call_id, storage_key, stored_at FROM recording
                        WHERE status = 'STORED' AND NOT legal_hold AND stored_at < ? ORDER BY stored_at""")
                .param(Timestamp.from(oldestCandidate))
                .query((rs, n) -> new Candidate(rs.getObject("call_id", UUID.class), rs.getString("storage_key"),
                        rs.getTimestamp("stored_at").toInstant()))
                .list();
        int deleted = 0;
        int failed = 0;
        for (Candidate candidate : candidates) {
            try {
                deleted += deleteIfExpired(candidate, now) ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                log.error("Retention: could not delete the recording of call {} ({}); it is tried again at the next "
                        + "run", candidate.callId(), candidate.storageKey(), e);
            }
        }
        if (failed > 0) {
            log.warn("Retention: {} expired recording(s) could not be deleted; see the errors above", failed);
        }
        return deleted;
    }

    private record Candidate(UUID callId, String storageKey, Instant storedAt) {
    }

    private boolean deleteIfExpired(Candidate candidate, Instant now) {
        UUID callId = candidate.callId();
        int months = retentionMonths(callId);
        if (!ZonedDateTime.ofInstant(candidate.storedAt(), clock.getZone()).plusMonths(months).toInstant()
                .isBefore(now)) {
            return false;
        }
        // The key the object was stored under, as recorded then: not recomputed from the call, which may change.
        RecordingKey key = RecordingKey.parse(candidate.storageKey());
        if (!key.callId().equals(callId)) {
            throw new IllegalStateException("storage key " + key + " belongs to another call than " + callId);
        }
        return Boolean.TRUE.equals(tx.execute(s -> {
            // Re-checked under lock: a hold placed since the query wins.
            boolean stillDeletable = jdbc.sql("SELECT status = 'STORED' AND NOT legal_hold FROM recording "
                    + "WHERE call_id = ? FOR UPDATE").param(callId).query(Boolean.class).single();
            if (!stillDeletable) {
                return false;
            }
            store.delete(key); // a failure rolls the row back to STORED, so the next run tries again
            jdbc.sql("UPDATE recording SET status = 'DELETED' WHERE call_id = ?").param(callId).update();
            jdbc.sql("""
                            INSERT INTO recording_deletion (call_id, storage_key, deleted_at, retention_months, reason)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(callId, key.value(), Timestamp.from(now), months, "retention period ended").update();
            return true;
        }));
    }

    private int retentionMonths(UUID callId) {
        return attendance.marksForCall(callId).stream().map(Mark::authorityId).distinct()
                .mapToInt(a -> directory.authority(a).retentionMonths()).max()
                .orElse(properties.retention().defaultMonths());
    }
}
