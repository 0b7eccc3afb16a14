package org.rollcall.extranet.web;

import java.time.Clock;

import org.rollcall.extranet.Period;
import org.rollcall.platform.web.DateRange;
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
        DateRange days = DateRange.parse(from, to, Period.MAX_DAYS, clock);
        return new Period(days.from(), days.to());
    }
}
