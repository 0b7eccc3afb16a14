package org.rollcall.extranet.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.rollcall.extranet.Period;
import org.rollcall.platform.web.BadRequestException;
import org.rollcall.platform.web.PageRequest;

/** Turns query parameters into a page and a period, or a 400 naming the parameter and what it accepts. */
final class ApiParameters {

    private ApiParameters() {
    }

    static PageRequest page(String page, String size) {
        return PageRequest.parse(page, size);
    }

    /** {@code from} defaults to Rollcall's today, {@code to} to {@code from}. */
    static Period period(String from, String to, Clock clock) {
        LocalDate start = blank(from) ? LocalDate.now(clock) : date("from", from);
        LocalDate end = blank(to) ? start : date("to", to);
        try {
            return new Period(start, end);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
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
