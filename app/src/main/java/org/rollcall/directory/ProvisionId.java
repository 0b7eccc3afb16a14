package org.rollcall.directory;

import java.util.Objects;
import java.util.UUID;

public record ProvisionId(UUID value) {

    public ProvisionId {
        Objects.requireNonNull(value, "provision id");
    }

    public static ProvisionId random() {
        return new ProvisionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
