package org.rollcall.calendar;

import java.util.List;
import java.util.Locale;

/** The sessions a closure covers on each of its days. */
public enum ClosedSessions {
    AM("morning (AM)", List.of(DayPart.AM)),
    PM("afternoon (PM)", List.of(DayPart.PM)),
    BOTH("whole day (AM and PM)", List.of(DayPart.AM, DayPart.PM));

    private final String label;
    private final List<DayPart> parts;

    ClosedSessions(String label, List<DayPart> parts) {
        this.label = label;
        this.parts = parts;
    }

    public String label() {
        return label;
    }

    public List<DayPart> parts() {
        return parts;
    }

    public boolean covers(DayPart part) {
        return parts.contains(part);
    }

    /** Reads AM, PM or BOTH in any case, or says what is accepted. */
    public static ClosedSessions parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ClosedSessions s : values()) {
            if (s.name().equals(wanted)) {
                return s;
            }
        }
        throw new CalendarInputException("sessions '" + (text == null ? "" : text) + "' is not valid: use AM, PM "
                + "or BOTH (the whole day)");
    }
}
