package org.rollcall.telephony;

import java.time.Duration;

/**
 * A duration as people read it in messages and logs: "2 min", "15 s", "1 h 30 min", never ISO's "PT2M". The one
 * formatter for every duration printed for people; it lives in this library because the library prints durations
 * itself (settings it refuses, outages it logs) and the application depends on it.
 */
public final class HumanDuration {

    private HumanDuration() {
    }

    /**
     * "0 s", "250 ms", "15 s", "1.5 s", "2 min", "2 min 30 s", "1 h", "1 h 30 min", "2 days 3 h". Below a minute
     * tenths of a second are kept; above it the smaller units that would only be noise are dropped. Null reads
     * "not set".
     */
    public static String format(Duration duration) {
        if (duration == null) {
            return "not set";
        }
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        long millis = duration.toMillis();
        if (millis == 0) {
            return "0 s";
        }
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 59_950) { // what would round to "60.0 s" reads as "1 min"
            long tenths = Math.round(millis / 100.0);
            return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + tenths % 10) + " s";
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 3600) {
            return pair(seconds / 60, "min", seconds % 60, "s");
        }
        if (seconds < 86_400) {
            return pair(seconds / 3600, "h", seconds % 3600 / 60, "min");
        }
        long days = seconds / 86_400;
        return pair(days, days == 1 ? "day" : "days", seconds % 86_400 / 3600, "h");
    }

    private static String pair(long big, String bigUnit, long small, String smallUnit) {
        return small == 0 ? big + " " + bigUnit : big + " " + bigUnit + " " + small + " " + smallUnit;
    }
}
