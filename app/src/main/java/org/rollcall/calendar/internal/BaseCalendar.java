package org.rollcall.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rollcall.calendar.Term;

/**
 * The day rules for the provisions of one nation in one authority's area, before closures: weekends and the nation's
 * bank holidays are closed; with term dates loaded, days outside the terms and inside half-terms are closed. Days
 * the loaded terms do not reach (before the first term, after the last) and every day of an authority without term
 * dates fall back to "every weekday that is not a bank holiday", so calls never stop because dates are missing.
 */
final class BaseCalendar {

    private final Map<LocalDate, String> bankHolidays;
    private final List<Term> terms;
    private final LocalDate coveredFrom;
    private final LocalDate coveredUntil;

    /**
     * @param bankHolidays the nation's bank holidays in force, title by date
     * @param terms the authority's terms (any order), empty when none are loaded or the authority is not known
     */
    BaseCalendar(Map<LocalDate, String> bankHolidays, List<Term> terms) {
        this.bankHolidays = bankHolidays;
        this.terms = terms.stream().sorted(Comparator.comparing(Term::startsOn)).toList();
        this.coveredFrom = this.terms.isEmpty() ? null : this.terms.getFirst().startsOn();
        this.coveredUntil = this.terms.stream().map(Term::endsOn).max(LocalDate::compareTo).orElse(null);
    }

    boolean isSchoolDay(LocalDate day) {
        return closedBecause(day).isEmpty();
    }

    /** Why the day is not a school day, in words for people ("bank holiday: Boxing Day"); empty when it is one. */
    Optional<String> closedBecause(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return Optional.of("weekend");
        }
        String holiday = bankHolidays.get(day);
        if (holiday != null) {
            return Optional.of("bank holiday: " + holiday);
        }
        if (terms.isEmpty() || day.isBefore(coveredFrom) || day.isAfter(coveredUntil)) {
            return Optional.empty();
        }
        for (Term term : terms) {
            if (term.contains(day)) {
                return term.inHalfTerm(day) ? Optional.of("half-term of " + term.name()) : Optional.empty();
            }
        }
        return Optional.of("outside term: a school holiday in the local authority's term dates");
    }
}
