package org.rollcall.escalation;

import java.util.Objects;
import java.util.UUID;

public record EscalationId(UUID value) {

    public EscalationId {
        Objects.requireNonNull(value, "escalation id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
