package org.rollcall.calendar;

import java.time.LocalDate;
import java.util.Optional;

import org.rollcall.directory.ProvisionId;

/**
 * The calendar of every provision over a range of days, held in memory and immutable: answers without touching the
 * database. A provision unknown to the snapshot (created after it was taken) answers closed; a day outside the range
 * is refused with {@link IllegalArgumentException}.
 */
public interface CalendarSnapshot {

    OpenSessions open(ProvisionId provision, LocalDate day);

    boolean isSchoolDay(ProvisionId provision, LocalDate day);

    /** The first school day on or after {@code onOrAfter} within the snapshot's range; empty when there is none. */
    Optional<LocalDate> nextSchoolDay(ProvisionId provision, LocalDate onOrAfter);
}
