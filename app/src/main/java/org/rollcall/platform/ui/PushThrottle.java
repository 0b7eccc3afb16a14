package org.rollcall.platform.ui;

import java.time.Duration;

/**
 * At most one push per interval: the first change after a quiet spell goes out at once, changes during the interval
 * are gathered into one push at its end (a busy morning's marks must not re-read a screen per mark). Pure bookkeeping on a monotonic clock in nanoseconds, so it is tested
 * without waiting.
 */
public final class PushThrottle {

    private final long intervalNanos;
    private long lastPush = Long.MIN_VALUE;
    private boolean pending;

    public PushThrottle(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** A change happened at {@code now}: how long to wait before pushing it, or -1 when a push is already due. */
    public synchronized long requested(long now) {
        if (pending) {
            return -1;
        }
        pending = true;
        if (lastPush == Long.MIN_VALUE) {
            return 0;
        }
        return Math.max(0, lastPush + intervalNanos - now);
    }

    /** The push went out at {@code now}: later changes wait for the interval from here. */
    public synchronized void pushed(long now) {
        pending = false;
        lastPush = now;
    }
}
