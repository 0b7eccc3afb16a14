package org.rollcall.calendar;

import java.time.LocalDate;
import java.util.List;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Nation;

/**
 * An authority's terms, oldest first. With none loaded ({@code termDatesLoaded} false) every weekday that is not a
 * bank holiday counts as a school day for the provisions in its area; so does every day after the last loaded term
 * ends (or before the first starts), so that calls never stop silently because next year's dates are missing.
 */
public record AuthorityTerms(AuthorityId authorityId, String laCode, String authority, Nation nation,
                             List<Term> terms) {

    public AuthorityTerms {
        terms = List.copyOf(terms);
    }

    public boolean termDatesLoaded() {
        return !terms.isEmpty();
    }

    /** The first day the loaded terms decide; null when none are loaded. */
    public LocalDate coveredFrom() {
        return terms.isEmpty() ? null : terms.getFirst().startsOn();
    }

    /** The last day the loaded terms decide; null when none are loaded. */
    public LocalDate coveredUntil() {
        return terms.stream().map(Term::endsOn).max(LocalDate::compareTo).orElse(null);
    }
}
