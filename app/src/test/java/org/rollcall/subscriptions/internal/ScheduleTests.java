package org.rollcall.subscriptions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.rollcall.subscriptions.ReportFrequency;

/** When report emails are due: weekdays (or the chosen weekday) at 16:30 London time, never before made or resumed. */
class ScheduleTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Schedule schedule = new Schedule(LocalTime.of(16, 30), LONDON);
    // Wednesday 2 December 2026.
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    private static final Instant LONG_AGO = at(LocalDate.of(2026, 11, 1), 9, 0);

    @Test
    void aDailyEmailIsDueFromTheSendTimeOnAWeekdayAndNotBefore() {
        assertThat(schedule.latestDue(ReportFrequency.DAILY, null, LONG_AGO, at(WEDNESDAY, 16, 29)))
                .contains(WEDNESDAY.minusDays(1));
        assertThat(schedule.latestDue(ReportFrequency.DAILY, null, LONG_AGO, at(WEDNESDAY, 16, 30)))
                .contains(WEDNESDAY);
        assertThat(schedule.latestDue(ReportFrequency.DAILY, null, LONG_AGO, at(WEDNESDAY, 23, 59)))
                .contains(WEDNESDAY);
    }

    @Test
    void atTheWeekendTheLatestDailyRunIsFridaysAndTheNextIsMondays() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        LocalDate sunday = saturday.plusDays(1);
        LocalDate friday = saturday.minusDays(1);
        assertThat(schedule.latestDue(ReportFrequency.DAILY, null, LONG_AGO, at(saturday, 17, 0))).contains(friday);
        assertThat(schedule.latestDue(ReportFrequency.DAILY, null, LONG_AGO, at(sunday, 23, 59))).contains(friday);
        assertThat(schedule.next(ReportFrequency.DAILY, null, LONG_AGO, at(sunday, 12, 0), friday))
                .isEqualTo(sunday.plusDays(1));
    }

    @Test
    void aWeeklyEmailIsDueOnlyOnItsWeekday() {
        assertThat(schedule.latestDue(ReportFrequency.WEEKLY, DayOfWeek.FRIDAY, LONG_AGO, at(WEDNESDAY, 17, 0)))
                .contains(LocalDate.of(2026, 11, 27));
        assertThat(schedule.latestDue(ReportFrequency.WEEKLY, DayOfWeek.WEDNESDAY, LONG_AGO, at(WEDNESDAY, 17, 0)))
                .contains(WEDNESDAY);
        assertThat(schedule.next(ReportFrequency.WEEKLY, DayOfWeek.FRIDAY, LONG_AGO, at(WEDNESDAY, 17, 0),
                LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aRunBeforeTheSubscriptionWasMadeOrResumedIsNeverDue() {
        Instant madeThisEvening = at(WEDNESDAY, 17, 0);
        assertThat(schedule.latestDue(ReportFrequency.DAILY, null, madeThisEvening, at(WEDNESDAY, 18, 0))).isEmpty();
        assertThat(schedule.next(ReportFrequency.DAILY, null, madeThisEvening, at(WEDNESDAY, 18, 0), null))
                .isEqualTo(WEDNESDAY.plusDays(1));
        Instant madeThisMorning = at(WEDNESDAY, 9, 0);
        assertThat(schedule.latestDue(ReportFrequency.DAILY, null, madeThisMorning, at(WEDNESDAY, 16, 45)))
                .contains(WEDNESDAY);
    }

    @Test
    void aRunMissedWhileTheApplicationWasDownIsStillDueAndShownAsNextUntilSent() {
        Instant thursdayMorning = at(WEDNESDAY.plusDays(1), 8, 0);
        assertThat(schedule.latestDue(ReportFrequency.DAILY, null, LONG_AGO, thursdayMorning)).contains(WEDNESDAY);
        assertThat(schedule.next(ReportFrequency.DAILY, null, LONG_AGO, thursdayMorning, WEDNESDAY.minusDays(1)))
                .isEqualTo(WEDNESDAY);
        assertThat(schedule.next(ReportFrequency.DAILY, null, LONG_AGO, thursdayMorning, WEDNESDAY))
                .isEqualTo(WEDNESDAY.plusDays(1));
    }

    @Test
    void theSendTimeIsLocalTimeOnTheDaysTheClocksChange() {
        LocalDate springForward = LocalDate.of(2027, 3, 29); // Monday after the clocks went forward on Sunday 28th
        assertThat(schedule.moment(springForward)).isEqualTo(Instant.parse("2027-03-29T15:30:00Z"));
        assertThat(schedule.moment(WEDNESDAY)).isEqualTo(Instant.parse("2026-12-02T16:30:00Z"));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }
}
