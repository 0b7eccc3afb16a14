package org.rollcall.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.Term;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;

/**
 * What the day rules need, read from the database in a few queries: bank holidays in force per nation, terms per
 * authority, and live closures per provision (only those of provisions that have any).
 */
record CalendarData(Map<Nation, Map<LocalDate, String>> bankHolidays, Map<AuthorityId, List<Term>> terms,
                    Map<ProvisionId, List<Span>> closures) {

    /** A live closure as the day rules see it. */
    record Span(ClosureId id, LocalDate firstDay, LocalDate lastDay, ClosedSessions sessions, String description) {

        boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    BaseCalendar base(Nation nation, AuthorityId authority) {
        return new BaseCalendar(bankHolidays.getOrDefault(nation, Map.of()),
                authority == null ? List.of() : terms.getOrDefault(authority, List.of()));
    }

    boolean hasTerms(AuthorityId authority) {
        return authority != null && !terms.getOrDefault(authority, List.of()).isEmpty();
    }
}
