package org.rollcall.enrolment;

import java.time.Instant;
import java.util.UUID;

import org.rollcall.directory.ChildId;

/**
 * An "introduction to the service" letter, as admins see it.
 *
 * @param letter what letter it is, such as "Introduction to the service for carers"
 * @param recipient who it is addressed to, and as what, such as "Sam Carer (carer)"
 * @param email where it was emailed, or null for a printed letter
 * @param statusText the status in words; for an emailed letter, the outbox's (waiting to send, sent, failed)
 * @param changedBy who last marked it printed or posted, and when, such as "by Sam Admin, 2 December 2026 at 10:31";
 *     null until then
 */
public record IntroductionLetter(UUID id, ChildId child, String childName, String letter, String recipient,
                                 LetterChannel channel, String email, LetterStatus status, String statusText,
                                 Instant createdAt, String changedBy) {
}
