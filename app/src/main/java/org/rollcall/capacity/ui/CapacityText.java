package org.rollcall.capacity.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.rollcall.capacity.CapacityPlan;

/** The words and figures the screen and the CSV share, so the download says what the table says. */
final class CapacityText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private CapacityText() {
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    static String halfHour(CapacityPlan.Slot slot) {
        return time(slot.starts()) + "–" + time(slot.starts().plusMinutes(30));
    }

    static String operators(double operators) {
        return String.format(Locale.UK, "%.1f", operators);
    }

    static String cover(CapacityPlan.Slot slot) {
        if (!slot.understaffed()) {
            return "Enough operators";
        }
        return "Short by " + slot.shortBy() + (slot.shortBy() == 1 ? " operator" : " operators");
    }

    static String window(LocalTime opens, LocalTime closes) {
        return time(opens) + "–" + time(closes);
    }

    static String suggestion(CapacityPlan.Move move) {
        return move.suggestedOpens() == null ? "No half hour has spare operators: roster more first"
                : "Ask to open at " + time(move.suggestedOpens());
    }
}
