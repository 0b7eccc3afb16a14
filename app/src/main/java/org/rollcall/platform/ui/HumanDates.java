package org.rollcall.platform.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in England and Wales read them on screen, never ISO. */
public final class HumanDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private HumanDates() {
    }

    /** "Monday 30 November 2026": a day people plan by, such as today. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "12 March 2018": a date of record, such as a birthday or a start date. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "14:05" in the given zone. */
    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** "14:05:09" in the given zone, where seconds matter (when a call connected). */
    public static String timeWithSeconds(Instant at, ZoneId zone) {
        return TIME_WITH_SECONDS.format(at.atZone(zone));
    }
}
