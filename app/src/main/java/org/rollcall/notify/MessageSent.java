package org.rollcall.notify;

import java.time.Instant;

/** The SMTP server accepted the message (a timeline can say "emailed at"). */
public record MessageSent(MessageId id, String kind, String recipient, Instant at) {
}
