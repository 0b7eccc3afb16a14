package org.rollcall.recording;

import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.recordings.ByteRange;
import org.rollcall.recordings.RecordingContent;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Plays call recordings to QA, supervisors and admins only; authority users and operators never. A playback is
 * audited when it starts (a request from byte 0), not for every seek.
 */
@Service
public class RecordingPlayback {

    private final Recordings recordings;
    private final RecordingStore store;
    private final Accounts accounts;
    private final AuditLog audit;
    private final CallLog calls;

    RecordingPlayback(Recordings recordings, RecordingStore store, Accounts accounts, AuditLog audit,
                      CallLog calls) {
        this.calls = calls;
        this.recordings = recordings;
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Opens the recording (or a byte range of it); close the returned content. */
    @PreAuthorize("hasAnyRole('QA', 'ADMIN', 'SUPERVISOR')")
    public RecordingContent open(UUID callId, ByteRange range) {
        RecordingInfo info = recordings.forCall(callId).orElseThrow(() ->
                new RecordingNotPlayableException("call " + callId + " has no recording"));
        switch (info.status()) {
            case PENDING -> throw new RecordingNotPlayableException("the recording of call " + callId
                    + " is still being stored; try again in a minute");
            case REJECTED -> throw new RecordingNotPlayableException("the recording of call " + callId
                    + " was rejected by the store: " + info.problem());
            case DELETED -> throw new RecordingNotPlayableException("the recording of call " + callId
                    + " was deleted when its retention period ended");
            case STORED -> { }
        }
        RecordingContent content = store.open(key(info), range);
        if (content.first() == 0) {
            audit.record(accounts.caller().name(), "PLAY_RECORDING", "call", callId.toString(),
                    range == null ? "whole file" : "from byte 0");
        }
        return content;
    }

    private RecordingKey key(RecordingInfo info) {
        return new RecordingKey(info.callId(), calls.find(new CallId(info.callId())).orElseThrow().date());
    }
}
