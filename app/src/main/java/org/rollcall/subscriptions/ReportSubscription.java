package org.rollcall.subscriptions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.rollcall.reports.ReportKind;

/**
 * One report emailed to one address of the authority.
 *
 * @param weekday the day a weekly email goes; null for daily
 * @param nextRun the day the next email goes (at the configured time); null while paused
 */
public record ReportSubscription(SubscriptionId id, ReportKind report, String address, ReportFrequency frequency,
                                 DayOfWeek weekday, boolean paused, String createdBy, Instant createdAt,
                                 LocalDate nextRun) {

    /** How often, in words: "every weekday", "every Monday". */
    public String cadence() {
        return cadence(frequency, weekday);
    }

    public static String cadence(ReportFrequency frequency, DayOfWeek weekday) {
        return frequency == ReportFrequency.DAILY || weekday == null ? "every weekday" : "every " + dayName(weekday);
    }

    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
