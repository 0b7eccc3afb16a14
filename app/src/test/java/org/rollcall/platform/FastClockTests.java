package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class FastClockTests {

    @Test
    void runsTheGivenNumberOfTimesFasterFromItsStart() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T09:00:00Z"));
        Clock real = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Europe/London");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        Clock fast = new FastClock(real, 60);
        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertThat(fast.instant()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(fast.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void refusesToRunSlowerThanRealTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FastClock(Clock.systemUTC(), 0.5))
                .withMessageContaining("clock-speed must be at least 1");
    }
}
