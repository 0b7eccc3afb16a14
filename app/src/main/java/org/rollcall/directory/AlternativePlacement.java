package org.rollcall.directory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A child's placement at an alternative provision, alongside their on-roll one: from {@code startsOn} to
 * {@code endsOn} (null: no end known), on the weekday {@code sessions} (empty: the timetable is not known).
 */
public record AlternativePlacement(ProvisionMatch provision, LocalDate startsOn, LocalDate endsOn,
                                   SortedSet<TimetabledSession> sessions) {

    public AlternativePlacement {
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(startsOn, "startsOn");
        sessions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(sessions));
    }

    /** Whether the placement covers the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether it shares a day with the period from {@code from} to {@code to} (null: no end). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (endsOn == null || !from.isAfter(endsOn)) && (to == null || !to.isBefore(startsOn));
    }
}
