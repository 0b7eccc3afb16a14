package org.rollcall.challenges;

import java.time.LocalDate;
import java.util.Objects;

import org.rollcall.attendance.Session;

/** A code as typed on the call for one of the child's sessions (blank when the field is empty). */
public record TypedCode(LocalDate date, Session session, String code) {

    public TypedCode {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        code = code == null ? "" : code.strip();
    }
}
