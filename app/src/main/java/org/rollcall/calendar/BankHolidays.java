package org.rollcall.calendar;

import java.util.List;
import java.util.Map;

import org.rollcall.directory.Nation;

/** The bank holidays in force: their version and each nation's dates, oldest first. */
public record BankHolidays(BankHolidayVersion version, Map<Nation, List<BankHoliday>> dates) {

    public BankHolidays {
        dates = Map.copyOf(dates);
    }
}
