package org.rollcall.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

import org.rollcall.statistics.DateRange;

/** Every report an authority user can run, export or subscribe to; {@link #slug()} names it in addresses. */
public enum ReportKind {
    DAILY_ABSENCE("Daily absence", "daily-absence", Span.DAY),
    WEEKLY_SUMMARY("Weekly attendance summary", "weekly-summary", Span.WEEK),
    EXCLUSIONS("Exclusions", "exclusions", Span.WEEK),
    PERSISTENT_ABSENCE("Persistent and severe absence", "persistent-absence", Span.YEAR_TO_DATE),
    NOT_ON_ROLL("Not on roll and missing UPNs", "not-on-roll", Span.WEEK),
    COHORTS("Attendance by cohort", "cohorts", Span.YEAR_TO_DATE),
    BOROUGH("Attendance in and out of borough", "borough", Span.YEAR_TO_DATE),
    FOLLOW_UPS("Follow-up outcomes", "follow-ups", Span.WEEK),
    UPN_QUALITY("UPN quality (SSDA903)", "upn-quality", Span.DAY),
    SSDA903_ATTENDANCE("Attendance summary for SSDA903", "ssda903-attendance", Span.YEAR_TO_DATE);

    /** The range a report covers by default, and on a subscription's run. */
    public enum Span { DAY, WEEK, YEAR_TO_DATE }

    private final String label;
    private final String slug;
    private final Span span;

    ReportKind(String label, String slug, Span span) {
        this.label = label;
        this.slug = slug;
        this.span = span;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    public Span span() {
        return span;
    }

    public static Optional<ReportKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    /**
     * The range shown when nobody chose one: the day itself, the week so far (Monday on), or the school year so far
     * (from 1 September).
     */
    public DateRange defaultRange(LocalDate today) {
        return switch (span) {
            case DAY -> DateRange.day(today);
            case WEEK -> DateRange.of(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case YEAR_TO_DATE -> DateRange.of(schoolYearStart(today), today);
        };
    }

    private static LocalDate schoolYearStart(LocalDate today) {
        LocalDate september = LocalDate.of(today.getYear(), 9, 1);
        return today.isBefore(september) ? september.minusYears(1) : september;
    }

    /** The extranet address of this report over {@code range}, relative to the site's root. */
    public String path(DateRange range) {
        return "reports/" + slug + "?from=" + range.from() + "&to=" + range.to();
    }
}
