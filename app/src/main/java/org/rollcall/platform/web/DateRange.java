package org.rollcall.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Days {@code from} to {@code to} inclusive, as an API's query parameters give them. */
public record DateRange(LocalDate from, LocalDate to) {

    /**
     * {@code from} defaults to Rollcall's today and {@code to} to {@code from}; at most {@code maxDays} days.
     *
     * @throws BadRequestException naming the parameter and what it accepts
     */
    public static DateRange parse(String from, String to, int maxDays, Clock clock) {
        LocalDate start = blank(from) ? LocalDate.now(clock) : date("from", from);
        LocalDate end = blank(to) ? start : date("to", to);
        if (end.isBefore(start)) {
            throw new BadRequestException("to (" + end + ") is before from (" + start + "): give a 'from' no later "
                    + "than 'to'");
        }
        if (ChronoUnit.DAYS.between(start, end) >= maxDays) {
            throw new BadRequestException("from " + start + " to " + end + " is " + (ChronoUnit.DAYS.between(start,
                    end) + 1) + " days: ask for at most " + maxDays + " days at a time (several requests for a "
                    + "longer period)");
        }
        return new DateRange(start, end);
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " '" + text + "' is not a date: use YYYY-MM-DD, for example "
                    + "2026-12-02");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
