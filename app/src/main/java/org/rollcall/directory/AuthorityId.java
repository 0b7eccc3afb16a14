package org.rollcall.directory;

import java.util.Objects;
import java.util.UUID;

public record AuthorityId(UUID value) {

    public AuthorityId {
        Objects.requireNonNull(value, "authority id");
    }

    public static AuthorityId random() {
        return new AuthorityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
