package org.rollcall.calls;

import java.time.LocalDate;
import java.util.Objects;

import org.rollcall.calendar.DayPart;

/** One registration session a call must collect: a day and its AM or PM. */
public record SessionSlot(LocalDate date, DayPart part) implements Comparable<SessionSlot> {

    public SessionSlot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(part, "part");
    }

    @Override
    public int compareTo(SessionSlot other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : part.compareTo(other.part);
    }
}
