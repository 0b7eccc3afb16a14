package org.rollcall.notify;

import java.time.Instant;

/** The message was given up after its attempts; admins see it in the outbox and can resend it. */
public record MessageFailed(MessageId id, String kind, String recipient, String error, Instant at) {
}
