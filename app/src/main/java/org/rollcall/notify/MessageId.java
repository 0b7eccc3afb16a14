package org.rollcall.notify;

import java.util.Objects;
import java.util.UUID;

/** An outbox message. Its Message-ID header is derived from it, so every attempt carries the same one. */
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "message id");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
