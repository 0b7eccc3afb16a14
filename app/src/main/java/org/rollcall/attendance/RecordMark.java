package org.rollcall.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * A mark heard on a call (or entered later). {@code callId}, {@code offsetSeconds} (whole seconds from the bridge)
 * and {@code heardAt} (the moment the code was heard, on the app clock, while the school was connected) are null for
 * marks not taken on a call. QA's "Jump to" uses {@code heardAt} against the recording's own start when it has it.
 * {@code excluded} is the operator's "excluded" tick: the school says the child is excluded whatever code it gives.
 */
public record RecordMark(ChildId childId, ProvisionId provisionId, LocalDate date, Session session, String code,
                         String reason, UUID callId, Integer offsetSeconds, String recordedBy, Instant heardAt,
                         boolean excluded) {

    /** A mark without the "excluded" tick. */
    public RecordMark(ChildId childId, ProvisionId provisionId, LocalDate date, Session session, String code,
                      String reason, UUID callId, Integer offsetSeconds, String recordedBy, Instant heardAt) {
        this(childId, provisionId, date, session, code, reason, callId, offsetSeconds, recordedBy, heardAt, false);
    }

    /** A mark with no moment of its own in a recording (entered by hand, imported, or from before heardAt). */
    public RecordMark(ChildId childId, ProvisionId provisionId, LocalDate date, Session session, String code,
                      String reason, UUID callId, Integer offsetSeconds, String recordedBy) {
        this(childId, provisionId, date, session, code, reason, callId, offsetSeconds, recordedBy, null, false);
    }

    public RecordMark withExcluded(boolean ticked) {
        return new RecordMark(childId, provisionId, date, session, code, reason, callId, offsetSeconds, recordedBy,
                heardAt, ticked);
    }
}
