package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The app clock is made the same way whatever the machine's day: each case fixes the wall clock itself. */
class AppClockTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aSaturdayRunsAsTheComingMondayAtTheSameLocalTime() {
        AppClock made = AppClock.make(properties(true, 1, null), wall("2026-11-28T10:15:00Z"));
        assertThat(LocalDateTime.now(made.clock())).isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 15));
        assertThat(made.mode().daysAhead()).isEqualTo(2);
        assertThat(made.mode().realDay()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(made.mode().notice()).contains("weekend shown as Monday");
    }

    @Test
    void acrossTheSpringChangeMondayKeepsTheLocalTimeNotTwentyFourHours() {
        // Sunday 29 March 2026 00:30 GMT; on Monday 00:30 is BST, 23 hours later.
        AppClock made = AppClock.make(properties(true, 1, null), wall("2026-03-29T00:30:00Z"));
        assertThat(LocalDateTime.now(made.clock())).isEqualTo(LocalDateTime.of(2026, 3, 30, 0, 30));
        assertThat(made.clock().instant()).isEqualTo(Instant.parse("2026-03-29T23:30:00Z"));
    }

    @Test
    void acrossTheAutumnChangeMondayKeepsTheLocalTime() {
        // Saturday 24 October 2026 12:00 BST; Monday 12:00 GMT is 49 hours later.
        AppClock made = AppClock.make(properties(true, 1, null), wall("2026-10-24T11:00:00Z"));
        assertThat(LocalDateTime.now(made.clock())).isEqualTo(LocalDateTime.of(2026, 10, 26, 12, 0));
    }

    @Test
    void aWeekdayIsLeftAloneAndSaysNothing() {
        AppClock made = AppClock.make(properties(true, 1, null), wall("2026-12-02T23:58:00Z"));
        assertThat(made.clock().instant()).isEqualTo(Instant.parse("2026-12-02T23:58:00Z"));
        assertThat(made.mode().isReal()).isTrue();
        assertThat(made.mode().notice()).isEmpty();
    }

    @Test
    void clockStartSetsTheMomentAndTheClockRunsOnFromIt() {
        MovableClock wall = new MovableClock(Instant.parse("2031-06-01T08:00:00Z"));
        AppClock made = AppClock.make(properties(false, 1, "2026-12-02T23:58"), wall);
        assertThat(LocalDateTime.now(made.clock())).isEqualTo(LocalDateTime.of(2026, 12, 2, 23, 58));
        wall.advance(Duration.ofSeconds(150));
        assertThat(LocalDateTime.now(made.clock())).isEqualTo(LocalDateTime.of(2026, 12, 3, 0, 0, 30));
        assertThat(made.mode().notice()).contains("clock set for a test or demo");
    }

    @Test
    void clockStartThenWeekendShiftSoASundayStartRunsAsMonday() {
        AppClock made = AppClock.make(properties(true, 1, "2026-03-29T00:59"), wall("2031-06-01T08:00:00Z"));
        assertThat(LocalDateTime.now(made.clock())).isEqualTo(LocalDateTime.of(2026, 3, 30, 0, 59));
        assertThat(made.mode().notice()).contains("weekend shown as Monday · clock set for a test or demo");
    }

    @Test
    void aLocalStartInTheRepeatedAutumnHourIsTheFirstOfTheTwo() {
        AppClock made = AppClock.make(properties(false, 1, "2026-10-25T01:30"), wall("2031-06-01T08:00:00Z"));
        assertThat(made.clock().instant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        AppClock withOffset = AppClock.make(properties(false, 1, "2026-10-25T01:30:00Z"), wall("2031-06-01T08:00:00Z"));
        assertThat(withOffset.clock().instant()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void aFastClockRunsFromItsStartAndSaysSo() {
        MovableClock wall = new MovableClock(Instant.parse("2026-12-02T09:00:00Z"));
        AppClock made = AppClock.make(properties(false, 60, null), wall);
        wall.advance(Duration.ofSeconds(60));
        assertThat(made.clock().instant()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(made.mode().notice()).contains("clock running 60× fast");
    }

    @Test
    void aClockStartThatIsNotADateTimeIsRefusedSayingWhatIsAccepted() {
        assertThatIllegalArgumentException().isThrownBy(() -> AppClock.make(properties(false, 1, "28/11/2026 23:58"),
                wall("2026-12-02T09:00:00Z"))).withMessage("rollcall.platform.clock-start '28/11/2026 23:58' is not "
                + "a date and time: use 2026-11-28T23:58 (local time in Europe/London) or 2026-11-28T23:58:00Z");
    }

    private static PlatformProperties properties(boolean weekendAsWeekday, double speed, String start) {
        return new PlatformProperties(Path.of("data"), 0, LONDON, weekendAsWeekday, speed, start, false,
                java.time.Duration.ofDays(7));
    }

    private static Clock wall(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** A wall clock a test moves by hand; its zoned views move with it. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        MovableClock(Instant now) {
            this(new AtomicReference<>(now), ZoneOffset.UTC);
        }

        private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovableClock(now, other);
        }
    }
}
