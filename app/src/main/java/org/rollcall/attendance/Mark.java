package org.rollcall.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * A mark as recorded; {@code heardAt} is when its code was heard on the call, null if not known (see RecordMark);
 * {@code excluded} is the operator's "excluded" tick, whatever the code. {@code source} says where it came from;
 * {@code confirmedBy} names the operator who confirmed a school's mark on a call (null otherwise; ADR 0044).
 */
public record Mark(UUID id, ChildId childId, AuthorityId authorityId, ProvisionId provisionId, LocalDate date,
                   Session session, String codeSetId, String code, CodeCategory category, String reason,
                   UUID callId, Integer offsetSeconds, String recordedBy, Instant recordedAt, Instant heardAt,
                   boolean excluded, MarkSource source, String confirmedBy) {

    /** A mark heard on a call (or entered by Rollcall staff). */
    public Mark(UUID id, ChildId childId, AuthorityId authorityId, ProvisionId provisionId, LocalDate date,
                Session session, String codeSetId, String code, CodeCategory category, String reason,
                UUID callId, Integer offsetSeconds, String recordedBy, Instant recordedAt, Instant heardAt,
                boolean excluded) {
        this(id, childId, authorityId, provisionId, date, session, codeSetId, code, category, reason, callId,
                offsetSeconds, recordedBy, recordedAt, heardAt, excluded, MarkSource.CALL, null);
    }

    /** A school's mark not yet confirmed on a call: the operator is asked to confirm it rather than ask again. */
    public boolean awaitsConfirmation() {
        return source != null && source.fromSchool() && confirmedBy == null;
    }
}
