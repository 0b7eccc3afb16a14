package org.rollcall.calendar;

import java.time.LocalDate;
import java.util.List;

/** A school day a closure closes, and the sessions it closes on it. */
public record ClosedDay(LocalDate date, List<DayPart> sessions) {

    public ClosedDay {
        sessions = List.copyOf(sessions);
    }
}
