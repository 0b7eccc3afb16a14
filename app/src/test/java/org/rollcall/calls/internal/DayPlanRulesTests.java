package org.rollcall.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.calendar.CalendarSnapshot;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.calls.CallPurpose;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ProvisionDay;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.WindowPart;

/** The day's calls for one provision, on fixed dates in a term of November and December 2026. */
class DayPlanRulesTests {

    private static final ProvisionId SCHOOL = new ProvisionId(UUID.randomUUID());
    private static final CallWindow AFTERNOON = new CallWindow(UUID.randomUUID(), LocalTime.of(13, 30),
            LocalTime.of(14, 0), WindowPart.AFTERNOON);
    private static final CallWindow OWN_MORNING = new CallWindow(UUID.randomUUID(), LocalTime.of(9, 15),
            LocalTime.of(9, 45), WindowPart.MORNING);
    private static final CallWindow DEFAULT_MORNING = new CallWindow(null, LocalTime.of(9, 30), LocalTime.of(11, 0),
            WindowPart.MORNING);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    /** School days: weekdays, less the days and sessions a test closes. */
    private final Map<LocalDate, OpenSessions> closed = new HashMap<>();
    private final CalendarSnapshot calendar = new CalendarSnapshot() {
        @Override
        public OpenSessions open(ProvisionId provision, LocalDate day) {
            return day.getDayOfWeek().getValue() > 5 ? OpenSessions.NONE
                    : closed.getOrDefault(day, OpenSessions.BOTH);
        }

        @Override
        public boolean isSchoolDay(ProvisionId provision, LocalDate day) {
            return open(provision, day).any();
        }

        @Override
        public Optional<LocalDate> nextSchoolDay(ProvisionId provision, LocalDate onOrAfter) {
            for (LocalDate d = onOrAfter; d.isBefore(onOrAfter.plusDays(60)); d = d.plusDays(1)) {
                if (isSchoolDay(provision, d)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }
    };

    @Test
    void aDailySchoolGetsOneAfternoonCallOnASchoolDayAndNoneWhenClosed() {
        assertThat(plan(MONDAY, school(Set.of(CallFrequency.DAILY), null, null)))
                .containsExactly(new DayPlanRules.PlannedCall(CallPurpose.AFTERNOON, AFTERNOON, null));
        closed.put(MONDAY, OpenSessions.NONE); // a bank holiday, a half term, an INSET day
        assertThat(plan(MONDAY, school(Set.of(CallFrequency.DAILY), null, null))).isEmpty();
        assertThat(plan(LocalDate.of(2026, 12, 5), school(Set.of(CallFrequency.DAILY), null, null)))
                .as("a Saturday").isEmpty();
    }

    @Test
    void childrenMissingEducationGetAMorningCallInTheSchoolsOwnWindowOrTheDefault() {
        assertThat(plan(MONDAY, school(Set.of(CallFrequency.TWICE_DAILY), null, OWN_MORNING)))
                .extracting(DayPlanRules.PlannedCall::purpose, DayPlanRules.PlannedCall::window)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CallPurpose.MORNING, OWN_MORNING),
                        org.assertj.core.groups.Tuple.tuple(CallPurpose.AFTERNOON, AFTERNOON));
        assertThat(plan(MONDAY, school(Set.of(CallFrequency.TWICE_DAILY), null, null)).getFirst().window())
                .isEqualTo(DEFAULT_MORNING);
    }

    @Test
    void aSessionClosureDropsOnlyTheCallThatWouldCollectIt() {
        closed.put(MONDAY, OpenSessions.PM_ONLY); // closed in the morning
        assertThat(plan(MONDAY, school(Set.of(CallFrequency.TWICE_DAILY), null, null)))
                .extracting(DayPlanRules.PlannedCall::purpose).containsExactly(CallPurpose.AFTERNOON);
        closed.put(MONDAY, OpenSessions.AM_ONLY); // closed in the afternoon: the daily call still takes the AM
        assertThat(plan(MONDAY, school(Set.of(CallFrequency.TWICE_DAILY), null, null)))
                .extracting(DayPlanRules.PlannedCall::purpose).containsExactly(CallPurpose.MORNING);
        assertThat(plan(MONDAY, school(Set.of(CallFrequency.DAILY), null, null)))
                .extracting(DayPlanRules.PlannedCall::purpose).containsExactly(CallPurpose.AFTERNOON);
    }

    @Test
    void weeklyChildrenAreCollectedOnTheWeeklyDayForEverySchoolDaySinceLastWeeksCall() {
        ProvisionDay weekly = school(Set.of(CallFrequency.WEEKLY), DayOfWeek.FRIDAY, null);
        assertThat(plan(LocalDate.of(2026, 12, 3), weekly)).as("Thursday").isEmpty();
        assertThat(plan(FRIDAY, weekly)).containsExactly(new DayPlanRules.PlannedCall(CallPurpose.AFTERNOON,
                AFTERNOON, LocalDate.of(2026, 11, 28)));
    }

    @Test
    void aWeeklyDayThatIsNotASchoolDayMovesToTheNextSchoolDay() {
        ProvisionDay weekly = school(Set.of(CallFrequency.WEEKLY), DayOfWeek.FRIDAY, null);
        closed.put(FRIDAY, OpenSessions.NONE); // an INSET day
        assertThat(plan(FRIDAY, weekly)).isEmpty();
        LocalDate nextMonday = LocalDate.of(2026, 12, 7);
        assertThat(plan(nextMonday, weekly)).containsExactly(new DayPlanRules.PlannedCall(CallPurpose.AFTERNOON,
                AFTERNOON, LocalDate.of(2026, 11, 28)));
        // The Friday after collects from the day after that Monday call.
        assertThat(plan(LocalDate.of(2026, 12, 11), weekly).getFirst().collectFrom())
                .isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void aWeeklyCallAfterAMissedWeekCatchesUpButNeverMoreThanFourWeeks() {
        ProvisionDay weekly = school(Set.of(CallFrequency.WEEKLY), DayOfWeek.FRIDAY, null);
        assertThat(DayPlanRules.plan(FRIDAY, weekly, calendar, LocalDate.of(2026, 11, 20), DEFAULT_MORNING,
                DayOfWeek.FRIDAY).getFirst().collectFrom()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(DayPlanRules.plan(FRIDAY, weekly, calendar, LocalDate.of(2026, 9, 4), DEFAULT_MORNING,
                DayOfWeek.FRIDAY).getFirst().collectFrom()).isEqualTo(FRIDAY.minusDays(27));
    }

    @Test
    void aSchoolWithNoWeeklyDayOfItsOwnUsesTheDefaultDay() {
        ProvisionDay weekly = school(Set.of(CallFrequency.WEEKLY), null, null);
        assertThat(plan(FRIDAY, weekly)).hasSize(1);
        assertThat(DayPlanRules.plan(FRIDAY, weekly, calendar, null, DEFAULT_MORNING, DayOfWeek.WEDNESDAY))
                .isEmpty();
    }

    @Test
    void dailyAndWeeklyChildrenAtOneSchoolShareTheAfternoonCall() {
        ProvisionDay both = school(Set.of(CallFrequency.DAILY, CallFrequency.WEEKLY), DayOfWeek.FRIDAY, null);
        assertThat(plan(MONDAY, both)).containsExactly(new DayPlanRules.PlannedCall(CallPurpose.AFTERNOON,
                AFTERNOON, null));
        assertThat(plan(FRIDAY, both)).containsExactly(new DayPlanRules.PlannedCall(CallPurpose.AFTERNOON,
                AFTERNOON, LocalDate.of(2026, 11, 28)));
    }

    private List<DayPlanRules.PlannedCall> plan(LocalDate day, ProvisionDay provision) {
        return DayPlanRules.plan(day, provision, calendar, null, DEFAULT_MORNING, DayOfWeek.FRIDAY);
    }

    private static ProvisionDay school(Set<CallFrequency> frequencies, DayOfWeek weeklyDay, CallWindow morning) {
        return new ProvisionDay(SCHOOL, frequencies, weeklyDay, morning, AFTERNOON);
    }
}
