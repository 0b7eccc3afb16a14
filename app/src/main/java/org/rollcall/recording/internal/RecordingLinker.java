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

    void spooled(SpooledRecording r, RecordingSource source) {
        awaitingRelease.put(r.key().callId(), source);
        jdbc.sql("""
                        INSERT INTO recording (call_id, storage_key, status, bytes, sha256, content_type, duration_ms,
                                               spooled_at)
                        VALUES (?, ?, 'PENDING', ?, ?, 'audio/wav', ?, ?) ON CONFLICT (call_id) DO NOTHING""")
                .params(r.key().callId(), r.key().value(), r.bytes(), r.sha256(), r.duration().toMillis(),
                        Timestamp.from(clock.instant()))
                .update();
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
        log.error("Recording of call {} rejected by the store: {}", key.callId(), reason);
        jdbc.sql("UPDATE recording SET status = 'REJECTED', problem = ? WHERE call_id = ?")
                .params(reason, key.callId()).update();
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
