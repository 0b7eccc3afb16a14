package org.rollcall.moves;

import java.time.LocalDate;

import org.rollcall.attendance.Session;

/** One cell of the backdating grid as typed: a register code (and the reason for an absence) for a day's session. */
public record BackdateEntry(LocalDate date, Session session, String code, String reason) {

    /** Which cell: the key of a refusal. */
    public record Slot(LocalDate date, Session session) {
    }

    public Slot slot() {
        return new Slot(date, session);
    }
}
