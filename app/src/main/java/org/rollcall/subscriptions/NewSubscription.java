package org.rollcall.subscriptions;

import java.time.DayOfWeek;

/**
 * What an authority user asks for; checked by {@link ReportSubscriptions#subscribe}, which names every problem.
 *
 * @param report the report's slug, such as {@code daily-absence} ({@link org.rollcall.reports.ReportKind#slug()})
 * @param address who receives it: the user or a colleague, in one of the authority's allowed email domains
 * @param weekday for a weekly email, Monday to Friday; ignored for daily
 */
public record NewSubscription(String report, String address, ReportFrequency frequency, DayOfWeek weekday) {
}
