package org.rollcall.calls.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rollcall.calendar.CalendarSnapshot;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.calls.CallPurpose;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ProvisionDay;

/**
 * Which calls a provision needs on a day, from who is monitored there and its calendar; no database, no clock.
 * No call on a day it is closed; a morning call when a child called twice a day has an AM session open; one
 * afternoon call for everything else: daily children's open sessions, twice-daily children's PM, and on the
 * provision's weekly day every school day since the last weekly call. A weekly day that is not a school day moves
 * to the next school day.
 */
final class DayPlanRules {

    /** How far back a weekly call collects when its earlier calls were not completed. */
    static final int MAX_CATCH_UP_DAYS = 27;
    /** The days a snapshot must cover before the planned day: this week's and last week's weekly days. */
    static final int LOOK_BACK_DAYS = 13;

    record PlannedCall(CallPurpose purpose, CallWindow window, LocalDate collectFrom) {
    }

    private DayPlanRules() {
    }

    /**
     * @param lastWeeklyCollected the day of the last completed call that collected weekly children here, or null
     * @param defaultMorning the window of a morning call for a provision that chose none
     * @param defaultWeeklyDay the weekly day of a provision that chose none
     */
    static List<PlannedCall> plan(LocalDate day, ProvisionDay provision, CalendarSnapshot calendar,
                                  LocalDate lastWeeklyCollected, CallWindow defaultMorning,
                                  DayOfWeek defaultWeeklyDay) {
        OpenSessions open = calendar.open(provision.provision(), day);
        List<PlannedCall> calls = new ArrayList<>(2);
        if (!open.any()) {
            return calls;
        }
        boolean twiceDaily = provision.has(CallFrequency.TWICE_DAILY);
        if (twiceDaily && open.am()) {
            calls.add(new PlannedCall(CallPurpose.MORNING, provision.morning() == null ? defaultMorning
                    : provision.morning(), null));
        }
        DayOfWeek weeklyDay = provision.weeklyDay() == null ? defaultWeeklyDay : provision.weeklyDay();
        boolean weekly = provision.has(CallFrequency.WEEKLY) && weeklyCallFallsOn(day, provision, calendar,
                weeklyDay);
        if (provision.has(CallFrequency.DAILY) || twiceDaily && open.pm() || weekly) {
            calls.add(new PlannedCall(CallPurpose.AFTERNOON, provision.afternoon(), weekly
                    ? collectFrom(day, provision, calendar, weeklyDay, lastWeeklyCollected) : null));
        }
        return calls;
    }

    /** The first school day on or after the latest weekly day up to {@code day}. */
    static boolean weeklyCallFallsOn(LocalDate day, ProvisionDay provision, CalendarSnapshot calendar,
                                     DayOfWeek weeklyDay) {
        LocalDate weeklyDate = day.with(TemporalAdjusters.previousOrSame(weeklyDay));
        return calendar.nextSchoolDay(provision.provision(), weeklyDate).filter(day::equals).isPresent();
    }

    /**
     * The day after last week's weekly call, or after the last weekly call that was completed if that is earlier
     * (a missed week is caught up), but never more than four weeks back.
     */
    static LocalDate collectFrom(LocalDate day, ProvisionDay provision, CalendarSnapshot calendar,
                                 DayOfWeek weeklyDay, LocalDate lastWeeklyCollected) {
        LocalDate lastWeek = day.with(TemporalAdjusters.previousOrSame(weeklyDay)).minusWeeks(1);
        Optional<LocalDate> previousCall = calendar.nextSchoolDay(provision.provision(), lastWeek)
                .filter(d -> d.isBefore(day));
        LocalDate from = previousCall.map(d -> d.plusDays(1)).orElse(day.minusDays(LOOK_BACK_DAYS));
        if (lastWeeklyCollected != null && lastWeeklyCollected.isBefore(from.minusDays(1))) {
            from = lastWeeklyCollected.plusDays(1);
        }
        LocalDate floor = day.minusDays(MAX_CATCH_UP_DAYS);
        return from.isBefore(floor) ? floor : from;
    }
}
