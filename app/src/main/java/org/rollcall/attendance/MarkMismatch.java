package org.rollcall.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * A call's mark that differs from the school's own for the same session (ADR 0044): both are kept, the call's stands
 * as the current mark, QA sees the call flagged and the authority sees the list. {@code callId} is null for a mark
 * entered by Rollcall staff without a call.
 */
public record MarkMismatch(UUID id, ChildId childId, AuthorityId authorityId, ProvisionId provisionId, LocalDate date,
                           Session session, UUID callId, String callCode, String schoolCode, String schoolReason,
                           MarkSource schoolSource, Instant foundAt) {
}
