package org.rollcall.calendar;

import java.time.LocalDate;

/**
 * A school term of an authority, with at most one half-term break inside it. Days inside the term and outside its
 * half-term are term days. The constructor refuses a term that ends before it starts and a half-term that is not
 * wholly inside its term, ends before it starts, or has only one of its two dates.
 */
public record Term(String name, LocalDate startsOn, LocalDate endsOn, LocalDate halfTermStartsOn,
                   LocalDate halfTermEndsOn) {

    public Term {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the term has no name: give one such as 'Autumn 2026'");
        }
        name = name.strip();
        if (startsOn == null || endsOn == null) {
            throw new IllegalArgumentException("term '" + name + "' needs a first and a last day");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("term '" + name + "' ends on " + endsOn + ", before it starts on "
                    + startsOn + ": give a last day on or after the first");
        }
        if ((halfTermStartsOn == null) != (halfTermEndsOn == null)) {
            throw new IllegalArgumentException("term '" + name + "' has a half-term " + (halfTermStartsOn == null
                    ? "end (" + halfTermEndsOn + ") but no start" : "start (" + halfTermStartsOn + ") but no end")
                    + ": give both half-term dates, or neither for a term without a half-term");
        }
        if (halfTermStartsOn != null) {
            if (halfTermEndsOn.isBefore(halfTermStartsOn)) {
                throw new IllegalArgumentException("the half-term of '" + name + "' ends on " + halfTermEndsOn
                        + ", before it starts on " + halfTermStartsOn + ": give a last day on or after the first");
            }
            if (halfTermStartsOn.isBefore(startsOn) || halfTermEndsOn.isAfter(endsOn)) {
                throw new IllegalArgumentException("the half-term of '" + name + "' (" + halfTermStartsOn + " to "
                        + halfTermEndsOn + ") is not inside the term (" + startsOn + " to " + endsOn
                        + "): give half-term dates within the term");
            }
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean inHalfTerm(LocalDate day) {
        return halfTermStartsOn != null && !day.isBefore(halfTermStartsOn) && !day.isAfter(halfTermEndsOn);
    }

    /** A term day: inside the term and outside its half-term. */
    public boolean isTermDay(LocalDate day) {
        return contains(day) && !inHalfTerm(day);
    }

    public boolean overlaps(Term other) {
        return !other.endsOn.isBefore(startsOn) && !other.startsOn.isAfter(endsOn);
    }
}
