package org.rollcall.directory;

import java.util.Objects;
import java.util.UUID;

public record ChildId(UUID value) {

    public ChildId {
        Objects.requireNonNull(value, "child id");
    }

    public static ChildId random() {
        return new ChildId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
