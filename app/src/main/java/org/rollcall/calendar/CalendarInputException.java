package org.rollcall.calendar;

import java.util.List;

/**
 * Input the calendar refused, with every problem found (for a file: each bad row with its line number). Nothing
 * was stored. Answered as a 400 problem detail listing {@link #problems()}.
 */
public class CalendarInputException extends IllegalArgumentException {

    private final transient List<String> problems;

    public CalendarInputException(String message) {
        this(message, List.of());
    }

    public CalendarInputException(String summary, List<String> problems) {
        super(problems.isEmpty() ? summary : summary + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
