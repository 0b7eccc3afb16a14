package org.rollcall.recording.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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

/**
 * Keeps the recording table in step with the spool: pending when spooled, stored when the store confirms; lost when
 * the exchange has no audio for the call.
 */
@Service
class RecordingLinker implements SpoolListener, Recordings {

    private static final Logger log = LoggerFactory.getLogger(RecordingLinker.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    // Provider copies (e.g. at Twilio) to release once the store confirms; lost on restart, which only delays deletion
    // (the recordings folder's sweep releases what the store has confirmed).
    private final Map<UUID, RecordingSource> awaitingRelease = new ConcurrentHashMap<>();
    // When each recording's audio began, for a row the store's confirmation writes before the spooled one.
    private final Map<UUID, Instant> audioStarts = new ConcurrentHashMap<>();

    RecordingLinker(JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Called before the recording goes into the spool, whose upload may confirm it before accept returns.
     *
     * @param audioStartedAt when its audio began on the app clock, or null if the exchange did not say
     */
    void awaitStore(UUID callId, RecordingSource source, Instant audioStartedAt) {
        awaitingRelease.put(callId, source);
        if (audioStartedAt != null) {
            audioStarts.put(callId, audioStartedAt);
        }
    }

    /** Whether a provider's copy waits to be released once the store confirms (what the intake test checks). */
    boolean awaitsStore(UUID callId) {
        return awaitingRelease.containsKey(callId);
    }

    void spooled(SpooledRecording r) {
        // A row that says REJECTED or LOST (an earlier, broken or empty offer) gives way to the good copy now on its way
        // to the store, such as a file the folder's sweep found after a restart.
        jdbc.sql("""
                        INSERT INTO recording (call_id, storage_key, status, bytes, sha256, content_type, duration_ms,
                                               spooled_at, audio_started_at)
                        VALUES (?, ?, 'PENDING', ?, ?, 'audio/wav', ?, ?, ?)
                        ON CONFLICT (call_id) DO UPDATE SET status = 'PENDING', bytes = EXCLUDED.bytes,
                          sha256 = EXCLUDED.sha256, duration_ms = EXCLUDED.duration_ms,
                          spooled_at = EXCLUDED.spooled_at, problem = NULL,
                          audio_started_at = EXCLUDED.audio_started_at
                        WHERE recording.status IN ('REJECTED', 'LOST')""")
                .params(r.key().callId(), r.key().value(), r.bytes(), r.sha256(), r.duration().toMillis(),
                        Timestamp.from(clock.instant()), ts(audioStarts.get(r.key().callId())))
                .update();
    }

    /**
     * The exchange has no audio for the call: a LOST row saying why, never stored. A recording with audio (pending or
     * stored) is never demoted by it.
     *
     * @param found bytes and audio length of what the exchange offered, or null if it offered nothing
     */
    void lost(RecordingKey key, String reason, AudioCheck.Audio found) {
        awaitingRelease.remove(key.callId());
        audioStarts.remove(key.callId());
        jdbc.sql("""
                        INSERT INTO recording (call_id, storage_key, status, bytes, content_type, duration_ms,
                                               spooled_at, problem)
                        VALUES (?, ?, 'LOST', ?, 'audio/wav', ?, ?, ?)
                        ON CONFLICT (call_id) DO UPDATE SET status = 'LOST', problem = EXCLUDED.problem,
                          bytes = EXCLUDED.bytes, duration_ms = EXCLUDED.duration_ms
                        WHERE recording.status IN ('REJECTED', 'LOST')""")
                .params(key.callId(), key.value(), found == null ? null : found.bytes(),
                        found == null ? null : found.duration().toMillis(), Timestamp.from(clock.instant()), reason)
                .update();
    }

    /** The exchange's recording never reached the spool (unreadable, empty, not a WAV): the call says why. */
    void notSpooled(RecordingKey key, String problem) {
        awaitingRelease.remove(key.callId()); // the provider keeps its copy
        audioStarts.remove(key.callId());
        reject(key, problem);
    }

    @Override
    public void stored(StoredRecording r) {
        UUID callId = r.key().callId();
        tx.executeWithoutResult(s -> {
            var now = Timestamp.from(clock.instant());
            jdbc.sql("""
                            INSERT INTO recording (call_id, storage_key, status, bytes, sha256, content_type,
                                                   duration_ms, spooled_at, stored_at, audio_started_at)
                            VALUES (?, ?, 'STORED', ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (call_id) DO UPDATE SET status = 'STORED', stored_at = EXCLUDED.stored_at,
                              bytes = EXCLUDED.bytes, sha256 = EXCLUDED.sha256, problem = NULL,
                              audio_started_at = coalesce(recording.audio_started_at, EXCLUDED.audio_started_at)""")
                    .params(callId, r.key().value(), r.bytes(), r.sha256(), r.contentType(),
                            r.duration() == null ? 0 : r.duration().toMillis(), now, now, ts(audioStarts.get(callId)))
                    .update();
            events.publishEvent(new RecordingStored(callId, r.key().value(), r.bytes(), r.sha256()));
        });
        audioStarts.remove(callId);
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
        audioStarts.remove(key.callId());
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
                        rs.getString("problem"), rs.getBoolean("legal_hold"),
                        rs.getTimestamp("audio_started_at") == null ? null
                                : rs.getTimestamp("audio_started_at").toInstant()))
                .optional();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
