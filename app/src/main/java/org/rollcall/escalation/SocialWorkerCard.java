package org.rollcall.escalation;

import java.time.LocalDate;

import org.rollcall.attendance.Session;

/**
 * What the operator sees on a social-worker call: who to ask for, the child, school, day and session, the code, and
 * what to tell them in the same words as the email would ({@code subject} and {@code words}, paragraphs separated
 * by blank lines), after the recording notice.
 *
 * @param attempt this call's attempt to reach the social worker, of {@code attempts}
 */
public record SocialWorkerCard(EscalationId escalation, String child, String school, LocalDate date, Session session,
                               String code, String socialWorkerName, String socialWorkerPhone,
                               String recordingNotice, String subject, String words, int attempt, int attempts) {
}
