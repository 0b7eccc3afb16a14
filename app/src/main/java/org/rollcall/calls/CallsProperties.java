package org.rollcall.calls;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.rollcall.directory.CallWindow;
import org.rollcall.directory.WindowPart;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param callerId the returnable number presented on every call (E.164); Ofcom requires one
 * @param diallerInterval how often the dialler looks for due calls and ready operators
 * @param planInterval how often today's call plan is topped up from the directory
 * @param retryDelay when a no-answer, busy or failed call is tried again (if still inside its window)
 * @param maxAttempts attempts per window before the call is left as not reached
 * @param weeklyDay the day a provision's weekly call falls on when it chose none (Monday to Friday)
 * @param defaultMorningWindow the morning call's window (HH:mm-HH:mm) at a provision that chose none
 * @param carerCallAllowance how long a carer call may take, for the dialler's order (ADR 0017): a carer call is not
 *     offered while a school call falls due within this time and its window would close within twice this time
 * @param supervisorAttemptWindow how long a supervisor's extra attempt at a school that missed its window stays
 *     open: it is due at once and marked missed if still unreached after this (ADR 0031)
 * @param schoolDayEnds the latest time a supervisor may schedule a call-back for (local time, HH:mm)
 * @param retryYield how much later a first attempt's window may close and still be offered before a due retry
 *     (ADR 0055): 0 offers by the window closing soonest alone, which reaches the most schools
 */
@ConfigurationProperties("rollcall.calls")
public record CallsProperties(@DefaultValue("+441632960000") String callerId,
                              @DefaultValue("1s") Duration diallerInterval,
                              @DefaultValue("5m") Duration planInterval,
                              @DefaultValue("5m") Duration retryDelay,
                              @DefaultValue("3") int maxAttempts,
                              @DefaultValue("FRIDAY") DayOfWeek weeklyDay,
                              @DefaultValue("09:30-11:00") String defaultMorningWindow,
                              @DefaultValue("10m") Duration carerCallAllowance,
                              @DefaultValue("30m") Duration supervisorAttemptWindow,
                              @DefaultValue("17:00") LocalTime schoolDayEnds,
                              @DefaultValue("0s") Duration retryYield) {

    public CallsProperties {
        if (weeklyDay.getValue() > DayOfWeek.FRIDAY.getValue()) {
            throw new IllegalArgumentException("rollcall.calls.weekly-day must be MONDAY to FRIDAY, not " + weeklyDay
                    + ": schools are not called at weekends");
        }
        morningWindow(defaultMorningWindow);
        if (carerCallAllowance.isNegative()) {
            throw new IllegalArgumentException("rollcall.calls.carer-call-allowance must not be negative, not "
                    + carerCallAllowance);
        }
        if (retryYield.isNegative() || retryYield.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("rollcall.calls.retry-yield must be from 0s to 1h, not " + retryYield);
        }
        if (!supervisorAttemptWindow.isPositive() || supervisorAttemptWindow.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("rollcall.calls.supervisor-attempt-window must be more than 0 and at "
                    + "most 4h, not " + supervisorAttemptWindow);
        }
    }

    /** The window of a morning call at a provision that chose none. */
    public CallWindow morningWindow() {
        return morningWindow(defaultMorningWindow);
    }

    private static CallWindow morningWindow(String text) {
        String[] times = text == null ? new String[0] : text.strip().split("\\s*-\\s*");
        try {
            if (times.length == 2) {
                return new CallWindow(null, LocalTime.parse(times[0]), LocalTime.parse(times[1]), WindowPart.MORNING);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("rollcall.calls.default-morning-window '" + text + "' is not a "
                    + "window: " + e.getMessage() + "; use opening and closing times such as 09:30-11:00", e);
        }
        throw new IllegalArgumentException("rollcall.calls.default-morning-window '" + text + "' is not a window: "
                + "use opening and closing times such as 09:30-11:00");
    }
}
