package org.rollcall.calendar.internal;

import java.util.List;
import java.util.Map;

import org.rollcall.calendar.BankHoliday;
import org.rollcall.directory.Nation;

/** A bank holidays file that passed the parser: each nation's holidays, oldest first, one per date. */
record ParsedBankHolidays(Map<Nation, List<BankHoliday>> holidays) {

    ParsedBankHolidays {
        holidays = Map.copyOf(holidays);
    }
}
