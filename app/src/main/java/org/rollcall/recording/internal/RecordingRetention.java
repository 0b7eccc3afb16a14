package org.rollcall.recording.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
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
    private final CallLog calls;
    private final RecordingProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    RecordingRetention(JdbcClient jdbc, RecordingStore store, Attendance attendance, Directory directory,
                       CallLog calls, RecordingProperties properties, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.attendance = attendance;
        this.directory = directory;
        this.calls = calls;
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

    /** Deletes every recording past its retention at {@code now}; returns how many. */
    int deleteExpired(Instant now) {
        // Nothing expires sooner than the shortest period in force, so only recordings older than that are looked at.
        int shortest = Math.min(properties.defaultMonths(), directory.authorities().stream()
                .mapToInt(a -> a.retentionMonths()).min().orElse(Integer.MAX_VALUE));
        Instant oldestCandidate = ZonedDateTime.ofInstant(now, clock.getZone()).minusMonths(shortest).toInstant();
        List<UUID> candidates = jdbc.sql("""
                        SELECT call_id FROM recording WHERE status = 'STORED' AND NOT legal_hold AND stored_at < ?""")
                .param(Timestamp.from(oldestCandidate)).query(UUID.class).list();
        int deleted = 0;
        for (UUID callId : candidates) {
            deleted += deleteIfExpired(callId, now) ? 1 : 0;
        }
        return deleted;
    }

    private boolean deleteIfExpired(UUID callId, Instant now) {
        int months = retentionMonths(callId);
        Instant storedAt = jdbc.sql("SELECT stored_at FROM recording WHERE call_id = ?").param(callId)
                .query(Timestamp.class).single().toInstant();
        if (!ZonedDateTime.ofInstant(storedAt, clock.getZone()).plusMonths(months).toInstant().isBefore(now)) {
            return false;
        }
        LocalDate day = calls.find(new CallId(callId)).orElseThrow().date();
        RecordingKey key = new RecordingKey(callId, day);
        return Boolean.TRUE.equals(tx.execute(s -> {
            // Re-checked under lock: a hold placed since the query wins.
            boolean stillDeletable = jdbc.sql("SELECT status = 'STORED' AND NOT legal_hold FROM recording "
                    + "WHERE call_id = ? FOR UPDATE").param(callId).query(Boolean.class).single();
            if (!stillDeletable) {
                return false;
            }
            store.delete(key);
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
                .orElse(properties.defaultMonths());
    }
}
