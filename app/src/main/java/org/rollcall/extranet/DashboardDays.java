package org.rollcall.extranet;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.rollcall.platform.ui.HumanDates;

/** Which days the dashboard shows: today and earlier, back as far as the history kept. */
final class DashboardDays {

    private DashboardDays() {
    }

    /** @param historyYears the statistics' history kept (rollcall.statistics.history-years) */
    static LocalDate earliest(LocalDate today, int historyYears) {
        return today.minusYears(historyYears);
    }

    static void requireShowable(LocalDate day, LocalDate today, int historyYears) {
        if (day == null) {
            throw new IllegalArgumentException("Pick a day: today or an earlier school day.");
        }
        if (day.isAfter(today)) {
            throw new IllegalArgumentException(HumanDates.day(day) + " has not happened yet: pick today ("
                    + HumanDates.day(today) + ") or an earlier day.");
        }
        if (day.isBefore(earliest(today, historyYears))) {
            throw new IllegalArgumentException(HumanDates.day(day) + " is further back than the " + historyYears
                    + (historyYears == 1 ? " year" : " years") + " of history kept: pick a day on or after "
                    + HumanDates.date(earliest(today, historyYears)) + ".");
        }
    }

    static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
