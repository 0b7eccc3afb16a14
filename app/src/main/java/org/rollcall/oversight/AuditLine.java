package org.rollcall.oversight;

import java.time.Instant;

/**
 * One audit entry as people read it: {@code action} in words ("viewed on a call"), {@code subject} named (a child's
 * name and UPN), never an identifier.
 */
public record AuditLine(Instant at, String who, String action, String subject, String detail) {
}
