package org.rollcall.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * A mark as recorded; {@code heardAt} is when its code was heard on the call, null if not known (see RecordMark);
 * {@code excluded} is the operator's "excluded" tick, whatever the code.
 */
public record Mark(UUID id, ChildId childId, AuthorityId authorityId, ProvisionId provisionId, LocalDate date,
                   Session session, String codeSetId, String code, CodeCategory category, String reason,
                   UUID callId, Integer offsetSeconds, String recordedBy, Instant recordedAt, Instant heardAt,
                   boolean excluded) {
}
