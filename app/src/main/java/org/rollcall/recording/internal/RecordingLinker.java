package org.rollcall.recording.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.RecordingStored;
import org.rollcall.recording.Recordings;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.recordings.spool.SpoolListener;
import org.rollcall.recordings.spool.SpooledRecording;
import org.rollcall.telephony.RecordingSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps the recording table in step with the spool: pending when spooled, stored when the store confirms. */
@Service
class RecordingLinker implements SpoolListener, Recordings {

    private static final Logger log = LoggerFactory.getLogger(RecordingLinker.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    // Provider copies (e.g. at Twilio) to release once the store confirms; lost on restart, which only delays deletion.
    private final Map<UUID, RecordingSource> awaitingRelease = new ConcurrentHashMap<>();

    RecordingLinker(JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** Called before the recording goes into the spool, whose upload may confirm it before accept returns. */
    void awaitStore(UUID callId, RecordingSource source) {
        awaitingRelease.put(callId, source);
    }

    /** Whether a provider's copy waits to be released once the store confirms (what the intake test checks). */
    boolean awaitsStore(UUID callId) {
        return awaitingRelease.containsKey(callId);
    }

    void spooled(SpooledRecording r) {
        // A row that says REJECTED (an earlier, broken offer) gives way to the good copy now on its way to the store.
        jdbc.sql("""
                        INSERT INTO recording (call_id, storage_key, status, bytes, sha256, content_type, duration_ms,
                                               spooled_at)
                        VALUES (?, ?, 'PENDING', ?, ?, 'audio/wav', ?, ?)
                        ON CONFLICT (call_id) DO UPDATE SET status = 'PENDING', bytes = EXCLUDED.bytes,
                          sha256 = EXCLUDED.sha256, duration_ms = EXCLUDED.duration_ms,
                          spooled_at = EXCLUDED.spooled_at, problem = NULL
                        WHERE recording.status = 'REJECTED'""")
                .params(r.key().callId(), r.key().value(), r.bytes(), r.sha256(), r.duration().toMillis(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The exchange's recording never reached the spool (unreadable, empty, not a WAV): the call says why. */
    void notSpooled(RecordingKey key, String problem) {
        awaitingRelease.remove(key.callId()); // the provider keeps its copy
        reject(key, problem);
    }

    @Override
    public void stored(StoredRecording r) {
        UUID callId = r.key().callId();
        tx.executeWithoutResult(s -> {
            var now = Timestamp.from(clock.instant());
            jdbc.sql("""
                            INSERT INTO recording (call_id, storage_key, status, bytes, sha256, content_type,
                                                   duration_ms, spooled_at, stored_at)
                            VALUES (?, ?, 'STORED', ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (call_id) DO UPDATE SET status = 'STORED', stored_at = EXCLUDED.stored_at,
                              bytes = EXCLUDED.bytes, sha256 = EXCLUDED.sha256, problem = NULL""")
                    .params(callId, r.key().value(), r.bytes(), r.sha256(), r.contentType(),
                            r.duration() == null ? 0 : r.duration().toMillis(), now, now)
                    .update();
            events.publishEvent(new RecordingStored(callId, r.key().value(), r.bytes(), r.sha256()));
        });
        RecordingSource source = awaitingRelease.remove(callId);
        if (source != null) {
            try {
                source.release();
            } catch (RuntimeException e) {
                log.warn("Recording of call {} is stored but the provider's copy could not be released", callId, e);
            }
        }
    }

    @Override
    public void rejected(RecordingKey key, String reason) {
        log.error("Recording of call {} will never be stored: {}", key.callId(), reason);
        awaitingRelease.remove(key.callId()); // the provider keeps its copy
        reject(key, reason);
    }

    /**
     * Upserts a REJECTED row with the problem, so the call shows why it has no recording. A stored (or deleted)
     * recording is never demoted: a later, broken offer for the same call changes nothing.
     */
    private void reject(RecordingKey key, String problem) {
        jdbc.sql("""
                        INSERT INTO recording (call_id, storage_key, status, content_type, spooled_at, problem)
                        VALUES (?, ?, 'REJECTED', 'audio/wav', ?, ?)
                        ON CONFLICT (call_id) DO UPDATE SET status = 'REJECTED', problem = EXCLUDED.problem
                        WHERE recording.status IN ('PENDING', 'REJECTED')""")
                .params(key.callId(), key.value(), Timestamp.from(clock.instant()), problem)
                .update();
    }

    @Override
    public Optional<RecordingInfo> forCall(UUID callId) {
        return jdbc.sql("SELECT * FROM recording WHERE call_id = ?").param(callId)
                .query((rs, n) -> new RecordingInfo(callId, rs.getString("storage_key"),
                        RecordingStatus.valueOf(rs.getString("status")), rs.getLong("bytes"), rs.getString("sha256"),
                        rs.getString("content_type"), rs.getLong("duration_ms"),
                        rs.getTimestamp("spooled_at").toInstant(),
                        rs.getTimestamp("stored_at") == null ? null : rs.getTimestamp("stored_at").toInstant(),
                        rs.getString("problem"), rs.getBoolean("legal_hold")))
                .optional();
    }
}
