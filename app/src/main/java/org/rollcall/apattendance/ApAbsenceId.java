package org.rollcall.apattendance;

import java.util.Objects;
import java.util.UUID;

/** An absence at an AP as recorded on its call (the id of that entry). */
public record ApAbsenceId(UUID value) {

    public ApAbsenceId {
        Objects.requireNonNull(value, "absence id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
