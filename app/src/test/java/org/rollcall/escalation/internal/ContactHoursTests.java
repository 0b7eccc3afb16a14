package org.rollcall.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.rollcall.escalation.EscalationSettings.CarerHours;

/** The contact-hours rule on fixed instants: an authority's own hours, and a clock change in between. */
class ContactHoursTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final CarerHours TEN_TO_NOON = new CarerHours(LocalTime.of(10, 0), LocalTime.of(12, 0), 2,
            Duration.ofMinutes(5), true);
    private static final CarerHours DEFAULT = new CarerHours(LocalTime.of(9, 0), LocalTime.of(18, 0), 3,
            Duration.ofMinutes(20), false);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Test
    void earlierThanTheHoursIsDueAtTheirStartTheSameDay() {
        var slot = ContactHours.slot(at(WEDNESDAY, 8, 30), TEN_TO_NOON, LONDON);
        assertThat(slot.day()).isEqualTo(WEDNESDAY);
        assertThat(slot.due()).isEqualTo(at(WEDNESDAY, 10, 0));
        assertThat(slot.closes()).isEqualTo(at(WEDNESDAY, 12, 0));
    }

    @Test
    void withinTheHoursIsDueAtOnceAndClosesAtTheirEnd() {
        var slot = ContactHours.slot(at(WEDNESDAY, 11, 59), TEN_TO_NOON, LONDON);
        assertThat(slot.due()).isEqualTo(at(WEDNESDAY, 11, 59));
        assertThat(slot.closes()).isEqualTo(at(WEDNESDAY, 12, 0));
    }

    @Test
    void atOrAfterTheirEndIsTheNextDaysStart() {
        var slot = ContactHours.slot(at(WEDNESDAY, 12, 0), TEN_TO_NOON, LONDON);
        assertThat(slot.day()).isEqualTo(WEDNESDAY.plusDays(1));
        assertThat(slot.due()).isEqualTo(at(WEDNESDAY.plusDays(1), 10, 0));
        // The same moment is inside another authority's default hours.
        assertThat(ContactHours.slot(at(WEDNESDAY, 12, 0), DEFAULT, LONDON).due()).isEqualTo(at(WEDNESDAY, 12, 0));
    }

    @Test
    void theHoursAreLocalTimeAcrossTheClockChange() {
        LocalDate saturday = LocalDate.of(2027, 3, 27); // British Summer Time starts on Sunday 28 March 2027
        var slot = ContactHours.slot(at(saturday, 13, 0), TEN_TO_NOON, LONDON);
        assertThat(slot.due()).isEqualTo(Instant.parse("2027-03-28T09:00:00Z")); // 10:00 BST
        assertThat(slot.closes()).isEqualTo(Instant.parse("2027-03-28T11:00:00Z"));
    }

    @Test
    void theHoursAndAttemptsAreSaidInWords() {
        assertThat(TEN_TO_NOON.describe()).isEqualTo("10:00 to 12:00, 2 attempts 5 minutes apart");
        assertThat(new CarerHours(LocalTime.of(9, 0), LocalTime.of(18, 0), 1, Duration.ofMinutes(1), true)
                .describe()).isEqualTo("09:00 to 18:00, 1 attempt 1 minute apart");
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }
}
