package org.rollcall.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that runs {@code speed} times faster than real time from the moment it is made, so a demo or load run
 * can play a whole school day in minutes (windows open, calls come due and close at that pace).
 */
final class FastClock extends Clock {

    private final Clock real;
    private final Instant start;
    private final double speed;

    FastClock(Clock real, double speed) {
        if (!(speed >= 1)) {
            throw new IllegalArgumentException("rollcall.platform.clock-speed must be at least 1, not " + speed);
        }
        this.real = real;
        this.start = real.instant();
        this.speed = speed;
    }

    @Override
    public Instant instant() {
        long elapsed = Duration.between(start, real.instant()).toNanos();
        return start.plusNanos((long) (elapsed * speed));
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new FastClock(real.withZone(zone), speed);
    }
}
