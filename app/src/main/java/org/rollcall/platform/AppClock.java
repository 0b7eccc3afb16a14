package org.rollcall.platform;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Builds the application's clock from the wall clock and the platform settings, in this order: set to a chosen
 * start (tests, demos), run fast, then move a weekend ahead to the coming Monday at the same local time.
 */
record AppClock(Clock clock, ClockMode mode) {

    static AppClock make(PlatformProperties properties, Clock wall) {
        Clock clock = wall.withZone(properties.zone());
        Instant setTo = null;
        if (properties.clockStart() != null && !properties.clockStart().isBlank()) {
            setTo = parseStart(properties.clockStart().strip(), properties);
            clock = Clock.offset(clock, Duration.between(clock.instant(), setTo));
        }
        if (properties.clockSpeed() != 1) {
            clock = new FastClock(clock, properties.clockSpeed());
        }
        int skip = 0;
        DayOfWeek realDay = null;
        if (properties.weekendAsWeekday()) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            realDay = now.getDayOfWeek();
            skip = realDay == DayOfWeek.SATURDAY ? 2 : realDay == DayOfWeek.SUNDAY ? 1 : 0;
            // Same local time on Monday: across a daylight-saving change that is not a multiple of 24 hours.
            clock = Clock.offset(clock, Duration.between(now, now.plusDays(skip)));
        }
        return new AppClock(clock, new ClockMode(properties.clockSpeed(), skip > 0 ? realDay : null, skip, setTo));
    }

    private static Instant parseStart(String text, PlatformProperties properties) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                // A local time in the zone; in the autumn's repeated hour, the earlier of the two.
                return LocalDateTime.parse(text).atZone(properties.zone()).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("rollcall.platform.clock-start '" + text + "' is not a date and "
                        + "time: use 2026-11-28T23:58 (local time in " + properties.zone() + ") or "
                        + "2026-11-28T23:58:00Z", e);
            }
        }
    }

    /** Rollcall's today. */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
