package org.rollcall.accounts;

import java.time.Instant;

/** One entry of the audit log as recorded: who did what to which subject, when, with an optional detail. */
public record AuditEntry(Instant at, String actor, String action, String subjectType, String subjectId,
                         String detail) {
}
