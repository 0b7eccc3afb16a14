package org.rollcall.calls;

import java.util.Objects;
import java.util.UUID;

public record CallId(UUID value) {

    public CallId {
        Objects.requireNonNull(value, "call id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
