package org.rollcall.escalation;

import java.time.Instant;
import java.time.LocalDate;

import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * What followed one child's mark on one day. {@code code}, {@code session} and {@code schoolReason} are the latest
 * mark's that keeps it open; {@code carerReason} is what the carer said (the school's code is never changed).
 */
public record Escalation(EscalationId id, ChildId childId, AuthorityId authorityId, ProvisionId provisionId,
                         LocalDate date, Session session, Trigger trigger, String code, String schoolReason,
                         EscalationState state, String carerReason, int carerAttempts, Instant openedAt,
                         Instant closedAt) {
}
