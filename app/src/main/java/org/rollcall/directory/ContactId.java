package org.rollcall.directory;

import java.util.Objects;
import java.util.UUID;

/** One contact of a child (carer, social worker) or of a provision (designated teacher). */
public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "contact id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
