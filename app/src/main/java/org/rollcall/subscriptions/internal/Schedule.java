package org.rollcall.subscriptions.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.rollcall.subscriptions.ReportFrequency;

/**
 * When a subscription's emails go: every weekday (daily) or its weekday (weekly), at {@code sendAt} local time.
 * Weekdays stand for school days: an authority's schools keep different calendars, and an email on an INSET day is
 * harmless. A run missed (the application was down at the time) is sent when it comes back, the latest one only,
 * and never one that fell before the subscription was made or resumed.
 */
record Schedule(LocalTime sendAt, ZoneId zone) {

    /** How far back a missed run is still sent. */
    static final int LOOK_BACK_DAYS = 7;

    /** The latest run at or before {@code now} that falls after {@code activeSince}; empty when there is none. */
    Optional<LocalDate> latestDue(ReportFrequency frequency, DayOfWeek weekday, Instant activeSince, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (int back = 0; back <= LOOK_BACK_DAYS; back++) {
            LocalDate day = today.minusDays(back);
            Instant at = moment(day);
            if (runsOn(frequency, weekday, day) && !at.isAfter(now)) {
                return at.isBefore(activeSince) ? Optional.empty() : Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * The day the next email goes: a due run not yet sent (it goes within a minute), or else the first run after
     * {@code now}.
     */
    LocalDate next(ReportFrequency frequency, DayOfWeek weekday, Instant activeSince, Instant now,
                   LocalDate lastRun) {
        Optional<LocalDate> due = latestDue(frequency, weekday, activeSince, now);
        if (due.isPresent() && (lastRun == null || lastRun.isBefore(due.get()))) {
            return due.get();
        }
        LocalDate day = LocalDate.ofInstant(now, zone);
        while (!runsOn(frequency, weekday, day) || !moment(day).isAfter(now)) {
            day = day.plusDays(1);
        }
        return day;
    }

    Instant moment(LocalDate day) {
        return day.atTime(sendAt).atZone(zone).toInstant();
    }

    static boolean runsOn(ReportFrequency frequency, DayOfWeek weekday, LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        return frequency == ReportFrequency.DAILY || dow == weekday;
    }
}
