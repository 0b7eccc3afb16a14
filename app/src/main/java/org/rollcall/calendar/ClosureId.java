package org.rollcall.calendar;

import java.util.Objects;
import java.util.UUID;

public record ClosureId(UUID value) {

    public ClosureId {
        Objects.requireNonNull(value, "closure id");
    }

    public static ClosureId random() {
        return new ClosureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
