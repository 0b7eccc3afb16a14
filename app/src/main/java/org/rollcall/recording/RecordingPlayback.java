package org.rollcall.recording;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.recordings.ByteRange;
import org.rollcall.recordings.RecordingContent;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingNotFoundException;
import org.rollcall.recordings.RecordingStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Plays call recordings to QA, supervisors and admins only; authority users and operators never. Every playback
 * is audited: the first request of a user for a call's recording, whatever byte it starts from, writes an audit
 * entry; the range requests of seeking within {@link #ONE_LISTENING} of it do not, so the log is not flooded.
 */
@Service
public class RecordingPlayback {

    /** Requests by the same user for the same recording this close together are one listening. */
    static final Duration ONE_LISTENING = Duration.ofMinutes(5);

    private final Recordings recordings;
    private final RecordingStore store;
    private final Accounts accounts;
    private final AuditLog audit;

    RecordingPlayback(Recordings recordings, RecordingStore store, Accounts accounts, AuditLog audit) {
        this.recordings = recordings;
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Opens the recording (or a byte range of it); close the returned content.
     *
     * @throws RecordingNotPlayableException when there is nothing to play, or not yet
     * @throws org.rollcall.recordings.RecordingStoreException when the object store cannot be reached
     */
    @PreAuthorize("hasAnyRole('QA', 'ADMIN', 'SUPERVISOR')")
    public RecordingContent open(UUID callId, ByteRange range) {
        RecordingInfo info = recordings.forCall(callId).orElseThrow(() ->
                new RecordingNotPlayableException("call " + callId + " has no recording", false));
        switch (info.status()) {
            case PENDING -> throw new RecordingNotPlayableException("the recording of call " + callId
                    + " is still being stored; try again in a minute", true);
            case REJECTED -> throw new RecordingNotPlayableException("the recording of call " + callId
                    + " was rejected: " + info.problem(), false);
            case DELETED -> throw new RecordingNotPlayableException("the recording of call " + callId
                    + " was deleted when its retention period ended", false);
            case LOST -> throw new RecordingNotPlayableException("the call " + callId + " has no audio to play: its "
                    + "recording was lost (" + info.problem() + ")", false);
            case STORED -> { }
        }
        RecordingContent content;
        try {
            content = store.open(RecordingKey.parse(info.storageKey()), range);
        } catch (RecordingNotFoundException e) {
            throw new RecordingNotPlayableException("the recording of call " + callId + " is listed as stored but "
                    + "the object store has no " + info.storageKey() + "; tell an administrator", false);
        }
        try {
            audit(callId, content);
            return content;
        } catch (RuntimeException e) {
            try {
                content.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private void audit(UUID callId, RecordingContent content) {
        String actor = accounts.caller().name();
        if (!audit.recordedWithin(actor, "PLAY_RECORDING", "call", callId.toString(), ONE_LISTENING)) {
            audit.record(actor, "PLAY_RECORDING", "call", callId.toString(), content.first() == 0
                    && content.last() == content.totalBytes() - 1 ? "whole file" : "from byte " + content.first());
        }
    }
}
