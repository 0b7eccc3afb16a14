package org.rollcall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DateRangeTests {

    private static final Clock SUNDAY_NIGHT = Clock.fixed(Instant.parse("2026-11-29T23:59:00Z"),
            ZoneId.of("Europe/London"));

    @Test
    void defaultsToRollcallsTodayAndToFrom() {
        assertThat(DateRange.parse(null, " ", 31, SUNDAY_NIGHT)).isEqualTo(new DateRange(LocalDate.of(2026, 11, 29),
                LocalDate.of(2026, 11, 29)));
        assertThat(DateRange.parse("2026-12-01", null, 31, SUNDAY_NIGHT).to()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void refusesWhatItCannotReadOrCover() {
        assertThatThrownBy(() -> DateRange.parse("2026-12-40", null, 31, SUNDAY_NIGHT))
                .isInstanceOf(BadRequestException.class).hasMessage("from '2026-12-40' is not a date: use YYYY-MM-DD, "
                        + "for example 2026-12-02");
        assertThatThrownBy(() -> DateRange.parse("2026-12-02", "2026-12-01", 31, SUNDAY_NIGHT))
                .hasMessageStartingWith("to (2026-12-01) is before from (2026-12-02)");
        assertThat(DateRange.parse("2026-12-01", "2026-12-31", 31, SUNDAY_NIGHT).to()).isEqualTo(
                LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> DateRange.parse("2026-12-01", "2027-01-01", 31, SUNDAY_NIGHT))
                .hasMessageStartingWith("from 2026-12-01 to 2027-01-01 is 32 days: ask for at most 31 days");
    }
}
