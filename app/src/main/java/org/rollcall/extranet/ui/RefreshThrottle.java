package org.rollcall.extranet.ui;

import java.time.Duration;

/**
 * At most one refresh per interval: the first change after a quiet spell refreshes at once, changes during the
 * interval are gathered into one refresh at its end (a busy morning's marks must not re-read the day per mark).
 * Bookkeeping on a monotonic clock in nanoseconds (not business time), so it is tested without waiting.
 */
final class RefreshThrottle {

    private final long intervalNanos;
    private long last = Long.MIN_VALUE;
    private boolean pending;

    RefreshThrottle(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** A change at {@code now}: how long to wait before refreshing, or -1 when a refresh is already coming. */
    synchronized long requested(long now) {
        if (pending) {
            return -1;
        }
        pending = true;
        return last == Long.MIN_VALUE ? 0 : Math.max(0, last + intervalNanos - now);
    }

    /** The refresh ran at {@code now}: later changes wait for the interval from here. */
    synchronized void refreshed(long now) {
        pending = false;
        last = now;
    }
}
