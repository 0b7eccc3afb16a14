package org.rollcall.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** When a child left the service and when their retention ends, on fixed days (a leap day and a month's end). */
class LeftServiceTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aChildLeftOnTheirLastPlacementsEndOnceEveryPlacementHasEnded() {
        assertThat(LeftService.leftOn(2, false, LocalDate.of(2020, 7, 22), TODAY)).contains(LocalDate.of(2020, 7, 22));
    }

    @Test
    void aChildWithACurrentOrFuturePlacementOrNoneAtAllHasNotLeft() {
        assertThat(LeftService.leftOn(2, true, LocalDate.of(2020, 7, 22), TODAY)).as("one still open").isEmpty();
        assertThat(LeftService.leftOn(1, false, TODAY, TODAY)).as("ends today: still here today").isEmpty();
        assertThat(LeftService.leftOn(1, false, TODAY.plusDays(1), TODAY)).as("ends tomorrow").isEmpty();
        assertThat(LeftService.leftOn(0, false, null, TODAY)).as("never placed: no day to count from").isEmpty();
        assertThat(LeftService.leftOn(1, false, TODAY.minusDays(1), TODAY)).as("ended yesterday")
                .contains(TODAY.minusDays(1));
    }

    @Test
    void retentionEndsTheDayAfterTheMonthsHavePassed() {
        LocalDate left = LocalDate.of(2020, 8, 31);
        assertThat(LeftService.pastRetention(left, 72, LocalDate.of(2026, 8, 31))).as("on the day: kept").isFalse();
        assertThat(LeftService.pastRetention(left, 72, LocalDate.of(2026, 9, 1))).as("the day after: erased")
                .isTrue();
        // 29 February plus 12 months is 28 February
        assertThat(LeftService.pastRetention(LocalDate.of(2024, 2, 29), 12, LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(LeftService.pastRetention(LocalDate.of(2024, 2, 29), 12, LocalDate.of(2025, 3, 1))).isTrue();
    }
}
