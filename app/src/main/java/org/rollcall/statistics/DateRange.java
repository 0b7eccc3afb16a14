package org.rollcall.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Days {@code from} to {@code to}, both included; how far back one may look is the statistics module's setting. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a date range needs both a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from
                    + "): give a last day on or after the first");
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
