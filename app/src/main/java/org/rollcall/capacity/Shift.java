package org.rollcall.capacity;

import java.time.LocalTime;

/** One operator's shift on the day. */
public record Shift(String operator, LocalTime starts, LocalTime ends) {

    public Shift {
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("a shift needs an operator");
        }
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException(operator + "'s shift must end after it starts (" + starts + " to "
                    + ends + ")");
        }
    }

    boolean overlaps(Shift other) {
        return starts.isBefore(other.ends) && other.starts.isBefore(ends);
    }
}
