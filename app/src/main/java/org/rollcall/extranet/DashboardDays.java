package org.rollcall.extranet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.rollcall.platform.ui.HumanDates;

/** Which days the dashboard shows: today and earlier, back as far as the history kept. */
final class DashboardDays {

    private DashboardDays() {
    }

    /** @param earliest the first day of the statistics' history kept ({@code AttendanceStatistics.earliestDay}) */
    static void requireShowable(LocalDate day, LocalDate today, LocalDate earliest) {
        if (day == null) {
            throw new IllegalArgumentException("Pick a day: today or an earlier school day.");
        }
        if (day.isAfter(today)) {
            throw new IllegalArgumentException(HumanDates.day(day) + " has not happened yet: pick today ("
                    + HumanDates.day(today) + ") or an earlier day.");
        }
        if (day.isBefore(earliest)) {
            long years = ChronoUnit.YEARS.between(earliest, today);
            throw new IllegalArgumentException(HumanDates.day(day) + " is further back than the " + years
                    + (years == 1 ? " year" : " years") + " of history kept: pick a day on or after "
                    + HumanDates.date(earliest) + ".");
        }
    }

    static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
