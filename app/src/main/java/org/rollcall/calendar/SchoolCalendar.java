package org.rollcall.calendar;

import java.time.LocalDate;
import java.util.Optional;

import org.rollcall.directory.ProvisionId;

/**
 * Which days and sessions a provision is open. A day is closed at weekends, on the bank holidays of the provision's
 * nation, outside the terms and inside the half-terms of its local authority (when that authority has term dates
 * loaded; otherwise every weekday that is not a bank holiday counts), and for the sessions of a closure.
 */
public interface SchoolCalendar {

    /** How far {@link #nextSchoolDay} looks: at most this many days after the day it starts from. */
    int NEXT_SCHOOL_DAY_HORIZON_DAYS = 60;

    /**
     * @throws IllegalArgumentException for an unknown provision
     */
    OpenSessions open(ProvisionId provision, LocalDate day);

    /** Open for at least one session. */
    boolean isSchoolDay(ProvisionId provision, LocalDate day);

    /** The first school day on or after {@code onOrAfter}, at most 60 days later; empty when there is none. */
    Optional<LocalDate> nextSchoolDay(ProvisionId provision, LocalDate onOrAfter);

    /** Sessions the provision was open over {@code from} to {@code to}, both included: attendance's denominator. */
    int possibleSessions(ProvisionId provision, LocalDate from, LocalDate to);

    /** Everything above for all provisions over [from, to], answered from memory (the national day plan). */
    CalendarSnapshot snapshot(LocalDate from, LocalDate to);

    /**
     * The same for only these provisions (an authority's schools for its statistics): closures read for them alone,
     * in the same few queries. Provisions not listed answer closed.
     */
    CalendarSnapshot snapshot(java.util.Collection<ProvisionId> provisions, LocalDate from, LocalDate to);
}
