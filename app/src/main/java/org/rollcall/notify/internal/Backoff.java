package org.rollcall.notify.internal;

import java.time.Duration;

import org.rollcall.notify.NotifyProperties;

/** The wait before the next attempt: exponential from the initial delay, capped. */
final class Backoff {

    private Backoff() {
    }

    /** @param failedAttempts attempts made so far, all failed (1 after the first failure) */
    static Duration after(int failedAttempts, NotifyProperties p) {
        double factor = Math.pow(p.multiplier(), Math.max(0, failedAttempts - 1));
        double millis = p.initialDelay().toMillis() * factor;
        return millis >= p.maxDelay().toMillis() ? p.maxDelay() : Duration.ofMillis((long) millis);
    }
}
