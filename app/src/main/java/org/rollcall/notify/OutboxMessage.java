package org.rollcall.notify;

import java.time.Instant;

import org.rollcall.directory.AuthorityId;

/**
 * An outbox message as admins and senders see it.
 *
 * @param kindLabel the kind as screens name it
 * @param lastError the SMTP server's last answer when an attempt failed (kept after a later success), else null
 * @param nextAttemptAt when a waiting message is tried next
 * @param letterName the attached PDF's file name, or null without a letter
 */
public record OutboxMessage(MessageId id, String kind, String kindLabel, AuthorityId authority, String recipient,
                            String subject, MessageStatus status, int attempts, String lastError, Instant queuedAt,
                            Instant nextAttemptAt, Instant sentAt, String letterName, String messageIdHeader) {
}
