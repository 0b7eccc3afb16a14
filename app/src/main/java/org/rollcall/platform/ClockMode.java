package org.rollcall.platform;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the application's one clock differs from the wall clock, so screens and the API can say so: a demo that shows
 * a weekend as Monday, a clock running fast, or a clock set to start at a chosen moment.
 *
 * @param speed 1 for real time
 * @param realDay the wall-clock weekday at start-up, when the weekend is shown as Monday; null otherwise
 * @param daysAhead calendar days the clock was moved ahead at start-up so a weekend runs as the coming Monday
 * @param setTo the moment the clock was set to at start-up (rollcall.platform.clock-start), or null
 */
public record ClockMode(double speed, DayOfWeek realDay, int daysAhead, java.time.Instant setTo) {

    public static ClockMode real() {
        return new ClockMode(1, null, 0, null);
    }

    public boolean isReal() {
        return speed == 1 && daysAhead == 0 && setTo == null;
    }

    /** For example "weekend shown as Monday · clock running 60× fast"; empty for a real clock. */
    public Optional<String> notice() {
        List<String> parts = new ArrayList<>();
        if (daysAhead > 0) {
            parts.add("weekend shown as Monday");
        }
        if (speed != 1) {
            parts.add("clock running " + (speed == Math.rint(speed) ? String.valueOf((long) speed) : speed)
                    + "× fast");
        }
        if (setTo != null) {
            parts.add("clock set for a test or demo");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }

    /** What "today" means right now, and on which wall-clock day, for answers that name a date. */
    public String explainToday(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return notice().map(n -> "today is " + today + " on Rollcall's clock (" + n + ")")
                .orElse("today is " + today);
    }
}
