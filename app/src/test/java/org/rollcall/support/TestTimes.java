package org.rollcall.support;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;

import org.rollcall.directory.CallWindow;

/** Test data about time. */
public final class TestTimes {

    private TestTimes() {
    }

    /** A call window that is open now and for the next half hour. */
    public static List<CallWindow> openNow(Clock clock) {
        LocalTime now = LocalTime.now(clock);
        LocalTime opens = now.isBefore(LocalTime.of(0, 2)) ? LocalTime.MIN : now.minusMinutes(1);
        LocalTime closes = now.isAfter(LocalTime.of(23, 28)) ? LocalTime.of(23, 59, 59) : now.plusMinutes(30);
        return List.of(new CallWindow(null, opens, closes));
    }
}
