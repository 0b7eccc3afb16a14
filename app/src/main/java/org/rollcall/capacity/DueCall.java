package org.rollcall.capacity;

import java.time.LocalTime;

/** A school's call for the day: its window (the school's choice) and how many children it covers. */
public record DueCall(int id, LocalTime opens, LocalTime closes, int children) {

    public DueCall {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("call " + id + ": the window must end after it starts (" + opens
                    + " to " + closes + ")");
        }
        if (children < 1) {
            throw new IllegalArgumentException("call " + id + " covers no children");
        }
    }
}
