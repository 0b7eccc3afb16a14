package org.rollcall.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.calendar.BankHoliday;
import org.rollcall.directory.Nation;

/**
 * The shipped file (version 1) holds exactly the England and Wales bank holidays that the statutory rules give for
 * 2026 to 2028, worked out here independently: Easter from the Gregorian computus, first and last Mondays, and a
 * substitute weekday when a holiday falls at a weekend.
 */
class ShippedBankHolidaysTests {

    @Test
    void theShippedFileMatchesTheRulesForBothNations() {
        ParsedBankHolidays shipped = ShippedBankHolidays.parse();
        List<LocalDate> expected = new ArrayList<>();
        for (int year = 2026; year <= 2028; year++) {
            expected.addAll(englandAndWales(year));
        }
        for (Nation nation : Nation.values()) {
            assertThat(shipped.holidays().get(nation)).extracting(BankHoliday::date)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(shipped.holidays().get(Nation.ENGLAND)).contains(
                new BankHoliday(LocalDate.of(2027, 12, 27), "Christmas Day"),
                new BankHoliday(LocalDate.of(2028, 1, 3), "New Year’s Day"));
    }

    @Test
    void theRulesGiveTheDatesTheBriefLists() {
        assertThat(englandAndWales(2026)).containsExactly(d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 6),
                d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31), d(2026, 12, 25), d(2026, 12, 28));
        assertThat(englandAndWales(2027)).containsExactly(d(2027, 1, 1), d(2027, 3, 26), d(2027, 3, 29),
                d(2027, 5, 3), d(2027, 5, 31), d(2027, 8, 30), d(2027, 12, 27), d(2027, 12, 28));
        assertThat(englandAndWales(2028)).containsExactly(d(2028, 1, 3), d(2028, 4, 14), d(2028, 4, 17),
                d(2028, 5, 1), d(2028, 5, 29), d(2028, 8, 28), d(2028, 12, 25), d(2028, 12, 26));
    }

    /** Banking and Financial Dealings Act 1971 schedule plus the usual proclamations (no one-off days). */
    static List<LocalDate> englandAndWales(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate newYear = nextWeekday(d(year, 1, 1));
        LocalDate christmas = nextWeekday(d(year, 12, 25));
        LocalDate boxing = nextWeekday(d(year, 12, 26));
        if (!boxing.isAfter(christmas)) {
            boxing = nextWeekday(christmas.plusDays(1));
        }
        return List.of(newYear, easter.minusDays(2), easter.plusDays(1),
                d(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                d(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                christmas, boxing);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
