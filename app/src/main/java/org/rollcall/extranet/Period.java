package org.rollcall.extranet;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Days {@code from} to {@code to} inclusive, at most {@link #MAX_DAYS} of them: what one API read may cover. */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 31;

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs both a from and a to day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + "): give a 'from' no later "
                    + "than 'to'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("from " + from + " to " + to + " is "
                    + (ChronoUnit.DAYS.between(from, to) + 1) + " days: ask for at most " + MAX_DAYS
                    + " days at a time (several requests for a longer period)");
        }
    }
}
