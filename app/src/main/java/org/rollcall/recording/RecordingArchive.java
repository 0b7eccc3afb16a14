package org.rollcall.recording;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.rollcall.recordings.ByteRange;
import org.rollcall.recordings.RecordingContent;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What data protection needs of recordings (ADR 0034): a copy of one for a subject-access archive, which calls of a
 * set are under a legal hold, and deleting one for an erasure. Retention's own deletion stays in RecordingRetention.
 */
@Service
public class RecordingArchive {

    private final Recordings recordings;
    private final RecordingStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    RecordingArchive(Recordings recordings, RecordingStore store, JdbcClient jdbc, Clock clock) {
        this.recordings = recordings;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Copies the stored audio of the call into {@code out}; false when there is none to copy (never recorded,
     * deleted, lost). Not audited as a playback: the export that asks for it is audited by its caller.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean copyTo(UUID callId, OutputStream out) {
        RecordingInfo info = recordings.forCall(callId).orElse(null);
        if (info == null || info.status() != RecordingStatus.STORED) {
            return false;
        }
        RecordingKey key = RecordingKey.parse(info.storageKey());
        try (RecordingContent content = store.open(key, ByteRange.from(0))) {
            content.stream().transferTo(out);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the recording of call " + callId, e);
        }
    }

    /** The calls among {@code callIds} whose recording is under a legal hold. */
    @Transactional(readOnly = true)
    public List<UUID> heldAmong(Collection<UUID> callIds) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT call_id FROM recording WHERE legal_hold AND status <> 'DELETED' AND call_id IN (:ids)")
                .param("ids", callIds).query(UUID.class).list();
    }

    /**
     * Deletes the call's recording from object storage and marks it deleted, logged in recording_deletion with
     * {@code reason}. False when there is nothing to delete or a legal hold was placed since (the hold wins); a store
     * failure throws and leaves the recording as it was, so the caller can try again.
     */
    @Transactional
    public boolean deleteForErasure(UUID callId, String reason) {
        Boolean deletable = jdbc.sql("SELECT status = 'STORED' AND NOT legal_hold FROM recording WHERE call_id = ? "
                + "FOR UPDATE").param(callId).query(Boolean.class).optional().orElse(false);
        if (!deletable) {
            return false;
        }
        RecordingInfo info = recordings.forCall(callId).orElseThrow();
        RecordingKey key = RecordingKey.parse(info.storageKey());
        store.delete(key);
        jdbc.sql("UPDATE recording SET status = 'DELETED' WHERE call_id = ?").param(callId).update();
        jdbc.sql("""
                        INSERT INTO recording_deletion (call_id, storage_key, deleted_at, retention_months, reason)
                        VALUES (?, ?, ?, 0, ?) ON CONFLICT (call_id) DO NOTHING""")
                .params(callId, key.value(), Timestamp.from(clock.instant()), reason).update();
        return true;
    }
}
