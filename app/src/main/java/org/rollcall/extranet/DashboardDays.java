package org.rollcall.extranet;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.rollcall.platform.ui.HumanDates;

/** Which days the dashboard shows: today and earlier, back as far as the history kept. */
final class DashboardDays {

    /** How far back a day may be asked for (the statistics' history kept, rollcall.statistics.history-years). */
    static final int HISTORY_YEARS = 3;

    private DashboardDays() {
    }

    static LocalDate earliest(LocalDate today) {
        return today.minusYears(HISTORY_YEARS);
    }

    static void requireShowable(LocalDate day, LocalDate today) {
        if (day == null) {
            throw new IllegalArgumentException("Pick a day: today or an earlier school day.");
        }
        if (day.isAfter(today)) {
            throw new IllegalArgumentException(HumanDates.day(day) + " has not happened yet: pick today ("
                    + HumanDates.day(today) + ") or an earlier day.");
        }
        if (day.isBefore(earliest(today))) {
            throw new IllegalArgumentException(HumanDates.day(day) + " is further back than the " + HISTORY_YEARS
                    + " years of history kept: pick a day on or after " + HumanDates.date(earliest(today)) + ".");
        }
    }

    static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
