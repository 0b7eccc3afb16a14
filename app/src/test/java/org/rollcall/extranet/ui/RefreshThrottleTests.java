package org.rollcall.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The dashboard refreshes at once after a quiet spell, then at most once a second however many marks arrive. */
class RefreshThrottleTests {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void theFirstChangeRefreshesAtOnceAndABurstBecomesOneRefreshAtTheIntervalsEnd() {
        RefreshThrottle throttle = new RefreshThrottle(Duration.ofSeconds(1));
        assertThat(throttle.requested(0)).isZero();
        assertThat(throttle.requested(10)).as("already coming").isEqualTo(-1);
        throttle.refreshed(100);
        assertThat(throttle.requested(200)).isEqualTo(SECOND - 100);
        assertThat(throttle.requested(300)).isEqualTo(-1);
        assertThat(throttle.requested(400)).isEqualTo(-1);
        throttle.refreshed(SECOND + 100);
        assertThat(throttle.requested(5 * SECOND)).as("after a quiet spell").isZero();
    }
}
