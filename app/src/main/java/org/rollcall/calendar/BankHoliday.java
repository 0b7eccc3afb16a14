package org.rollcall.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A bank holiday as GOV.UK publishes it: its date and title ("Boxing Day"). */
public record BankHoliday(LocalDate date, String title) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        title = title == null || title.isBlank() ? "Bank holiday" : title.strip();
    }
}
