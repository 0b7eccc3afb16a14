package org.rollcall.accounts;

import java.time.Instant;

/** One entry of the audit log, as read back (who did what to which subject, and when). */
public record AuditEntry(Instant at, String actor, String action, String subjectType, String subjectId,
                         String detail) {
}
