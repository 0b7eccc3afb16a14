package org.rollcall.extranet;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTests {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    @Test
    void thirtyOneDaysAcrossALeapFreeFebruaryAreAllowedAndThirtyTwoAreNot() {
        assertThatCode(() -> new Period(DAY, DAY.plusDays(30))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Period(DAY, DAY.plusDays(31))).hasMessageContaining("is 32 days: ask for at "
                + "most 31 days");
        assertThatThrownBy(() -> new Period(DAY, DAY.minusDays(1))).hasMessageStartingWith("to (2026-01-31) is "
                + "before from (2026-02-01)");
    }
}
