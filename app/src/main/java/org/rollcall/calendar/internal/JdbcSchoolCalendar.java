package org.rollcall.calendar.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.rollcall.calendar.CalendarSnapshot;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers single questions with a one-provision snapshot, so a single answer and the national day plan can never
 * disagree: both run the same day rules over the same data.
 */
@Service
@Transactional(readOnly = true)
class JdbcSchoolCalendar implements SchoolCalendar {

    /** A snapshot longer than this is a mistake (a typo'd year), not a plan. */
    static final int MAX_DAYS = 3 * 366;

    private final Directory directory;
    private final CalendarReads reads;

    JdbcSchoolCalendar(Directory directory, CalendarReads reads) {
        this.directory = directory;
        this.reads = reads;
    }

    @Override
    public OpenSessions open(ProvisionId provision, LocalDate day) {
        return of(provision, day, day).open(provision, day);
    }

    @Override
    public boolean isSchoolDay(ProvisionId provision, LocalDate day) {
        return open(provision, day).any();
    }

    @Override
    public Optional<LocalDate> nextSchoolDay(ProvisionId provision, LocalDate onOrAfter) {
        return of(provision, onOrAfter, onOrAfter.plusDays(NEXT_SCHOOL_DAY_HORIZON_DAYS))
                .nextSchoolDay(provision, onOrAfter);
    }

    @Override
    public int possibleSessions(ProvisionId provision, LocalDate from, LocalDate to) {
        return of(provision, from, to).possibleSessions(provision, from, to);
    }

    @Override
    public CalendarSnapshot snapshot(LocalDate from, LocalDate to) {
        requireRange(from, to);
        return MemorySnapshot.build(from, to, directory.provisionPlaces(), reads.all(from, to));
    }

    @Override
    public CalendarSnapshot snapshot(java.util.Collection<ProvisionId> provisions, LocalDate from, LocalDate to) {
        requireRange(from, to);
        if (provisions.isEmpty()) {
            return MemorySnapshot.build(from, to, List.of(), reads.none());
        }
        return MemorySnapshot.build(from, to, directory.provisionPlaces(provisions), reads.some(provisions, from, to));
    }

    private MemorySnapshot of(ProvisionId provision, LocalDate from, LocalDate to) {
        requireRange(from, to);
        ProvisionPlace place = directory.provisionPlace(provision)
                .orElseThrow(() -> new IllegalArgumentException("no provision with id " + provision));
        return MemorySnapshot.build(from, to, List.of(place),
                reads.one(provision, place.nation(), place.localAuthority(), from, to));
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("the range " + from + " to " + to + " is not valid: give a first "
                    + "and a last day, the last on or after the first");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("the range " + from + " to " + to + " is longer than three years: "
                    + "ask for a shorter one");
        }
    }
}
