package org.rollcall.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** At most one push per interval: a burst of changes becomes one push at the interval's end. */
class PushThrottleTests {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void theFirstChangeGoesAtOnceAndABurstIsGatheredIntoOnePush() {
        PushThrottle throttle = new PushThrottle(Duration.ofSeconds(1));
        assertThat(throttle.requested(0)).isZero();
        assertThat(throttle.requested(10)).as("already due: no second push").isEqualTo(-1);
        throttle.pushed(100);
        assertThat(throttle.requested(200)).as("waits for the interval from the last push").isEqualTo(SECOND - 100);
        for (int i = 0; i < 1000; i++) {
            assertThat(throttle.requested(300 + i)).isEqualTo(-1);
        }
        throttle.pushed(SECOND + 100);
        assertThat(throttle.requested(5 * SECOND)).as("after a quiet spell, at once").isZero();
    }
}
