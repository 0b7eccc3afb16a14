package org.rollcall.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Durations in messages and logs read as people say them, never as ISO's PT2M. */
class HumanDurationTests {

    @Test
    void readsAsPeopleSayIt() {
        assertThat(HumanDuration.format(Duration.ofMinutes(2))).isEqualTo("2 min");
        assertThat(HumanDuration.format(Duration.ofSeconds(15))).isEqualTo("15 s");
        assertThat(HumanDuration.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(HumanDuration.format(Duration.ofMillis(200))).isEqualTo("200 ms");
        assertThat(HumanDuration.format(Duration.ZERO)).isEqualTo("0 s");
        assertThat(HumanDuration.format(Duration.ofSeconds(150))).isEqualTo("2 min 30 s");
        assertThat(HumanDuration.format(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(HumanDuration.format(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(HumanDuration.format(Duration.ofHours(27))).isEqualTo("1 day 3 h");
        assertThat(HumanDuration.format(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(HumanDuration.format(Duration.ofSeconds(-15))).isEqualTo("-15 s");
        assertThat(HumanDuration.format(null)).isEqualTo("not set");
    }

    @Test
    void dropsOnlyWhatWouldBeNoise() {
        // Under a minute tenths count (a ping interval of 1.5 s is not 2 s); from a minute up, whole seconds.
        assertThat(HumanDuration.format(Duration.ofMillis(59_940))).isEqualTo("59.9 s");
        assertThat(HumanDuration.format(Duration.ofMillis(59_960))).isEqualTo("1 min");
        assertThat(HumanDuration.format(Duration.ofMillis(61_700))).isEqualTo("1 min 2 s");
        assertThat(HumanDuration.format(Duration.ofSeconds(3599))).isEqualTo("59 min 59 s");
        assertThat(HumanDuration.format(Duration.ofSeconds(3661))).isEqualTo("1 h 1 min");
    }
}
