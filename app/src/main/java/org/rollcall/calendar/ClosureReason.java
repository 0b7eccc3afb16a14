package org.rollcall.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why a provision is closed. */
public enum ClosureReason {
    INSET_DAY("INSET day"),
    SEVERE_WEATHER("Severe weather"),
    OTHER("Other");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads INSET_DAY, SEVERE_WEATHER or OTHER (any case, spaces or hyphens for underscores), or says which are. */
    public static ClosureReason parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (ClosureReason r : values()) {
            if (r.name().equals(wanted)) {
                return r;
            }
        }
        throw new CalendarInputException("reason '" + (text == null ? "" : text) + "' is not valid: use one of "
                + Arrays.stream(values()).map(r -> r.name() + " (" + r.label + ")").collect(Collectors.joining(", ")));
    }
}
