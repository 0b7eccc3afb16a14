package org.rollcall.escalation;

import java.time.LocalDate;

import org.rollcall.attendance.Session;

/**
 * What the operator sees on a carer call: the child, the school, the absence with the school's code and reason, who
 * to ask for, and the authority's carer script with the recording notice.
 *
 * @param attempt this call's attempt to reach the carer, of {@code attempts}
 */
public record CarerCard(EscalationId escalation, String child, String school, LocalDate date, Session session,
                        String code, String schoolReason, String carerName, String carerPhone, String script,
                        int attempt, int attempts) {
}
