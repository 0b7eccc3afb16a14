package org.rollcall.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app clock (from rollcall.platform.clock-start, running on) that a test can also move forward, for days that
 * must pass without waiting for them: every bean that takes the {@link Clock} gets this one. Import {@link Config}
 * to use it. (MovableClock, beside it, stands still: for unit tests without the application.)
 */
public final class RunningAppClock extends Clock {

    private final Clock app;
    private final AtomicReference<Duration> ahead;

    private RunningAppClock(Clock app, AtomicReference<Duration> ahead) {
        this.app = app;
        this.ahead = ahead;
    }

    /** Moves Rollcall's time forward by {@code by}, at once. */
    public void advance(Duration by) {
        ahead.updateAndGet(d -> d.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return app.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new RunningAppClock(app.withZone(zone), ahead);
    }

    @Override
    public Instant instant() {
        return app.instant().plus(ahead.get());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        RunningAppClock movableClock(org.springframework.beans.factory.ObjectProvider<Clock> clocks) {
            // The platform's clock bean (the one that is not this one).
            Clock app = clocks.orderedStream().filter(c -> !(c instanceof RunningAppClock)).findFirst().orElseThrow();
            return new RunningAppClock(app, new AtomicReference<>(Duration.ZERO));
        }
    }
}
