package org.rollcall.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class DaySimulationTests {

    /** Always answered, no spread, no follow-ups: each call holds the operator exactly 2 + 8.5ish + talk + wrap. */
    private static final SimulationSettings CERTAIN = new SimulationSettings(Duration.ofSeconds(120),
            Duration.ZERO, Duration.ofSeconds(30), 0, 1, 0, Duration.ofSeconds(20), Duration.ofMinutes(5), 3, 0, 1,
            Duration.ofMinutes(3), Duration.ofMinutes(20), 3, LocalTime.of(9, 0), LocalTime.of(18, 0),
            Duration.ofMinutes(10), 1);

    /** No school ever answers, no spread: each attempt holds the operator 2 s pick-up + 20 s ringing + 10 s. */
    private static final SimulationSettings NEVER_ANSWERED = new SimulationSettings(Duration.ofSeconds(60),
            Duration.ZERO, Duration.ofSeconds(20), 0, 0, 0, Duration.ofSeconds(20), Duration.ofMinutes(5), 3, 0, 1,
            Duration.ofMinutes(3), Duration.ofMinutes(20), 3, LocalTime.of(9, 0), LocalTime.of(18, 0),
            Duration.ofMinutes(10), 5);

    @Test
    void deadlineOrderSavesTheWindowThatFirstDueLoses() {
        // Both are due when the only operator starts at 09:02: the long window opened first, the short one closes
        // at 09:04, before a call of at least 154 s to the long one would be over.
        List<DueCall> plan = List.of(new DueCall(1, LocalTime.of(9, 0), LocalTime.of(10, 0), 1),
                new DueCall(2, LocalTime.of(9, 1), LocalTime.of(9, 4), 1));
        Roster one = new Roster(List.of(new Shift("Ada", LocalTime.of(9, 2), LocalTime.of(12, 0))));

        DayResult firstDue = DaySimulation.run(plan, one, CERTAIN, OfferRule.FIRST_DUE);
        DayResult deadline = DaySimulation.run(plan, one, CERTAIN, OfferRule.WINDOW_CLOSES_FIRST);
        DayResult slack = DaySimulation.run(plan, one, CERTAIN, OfferRule.LEAST_SLACK);

        assertThat(firstDue.windowsMissed()).isEqualTo(1);
        assertThat(firstDue.insideWindow()).isEqualTo(0.5);
        assertThat(deadline.windowsMissed()).isZero();
        assertThat(slack.windowsMissed()).isZero();
        assertThat(deadline.waitP50()).isEqualTo(60); // the short window waited from 09:01 to 09:02
        assertThat(List.of(firstDue, deadline, slack)).extracting(DayResult::abandoned).containsOnly(0);
    }

    @Test
    void theSameSeedGivesTheSameDayAndAnotherSeedAnother() {
        List<DueCall> plan = DayPlans.clustered(400, 1_400, 3);
        SimulationSettings settings = SimulationSettings.defaults();
        Roster roster = Roster.of(6, LocalTime.of(8, 45), LocalTime.of(18, 0));

        DayResult one = DaySimulation.run(plan, roster, settings, OfferRule.LEAST_SLACK);
        DayResult again = DaySimulation.run(plan, roster, settings, OfferRule.LEAST_SLACK);
        DayResult other = DaySimulation.run(plan, roster, settings.withSeed(99), OfferRule.LEAST_SLACK);

        assertThat(again).isEqualTo(one);
        assertThat(other).isNotEqualTo(one);
        assertThat(one.startedInWindow() + one.windowsMissed()).isEqualTo(400);
    }

    @Test
    void everyUnauthorisedAbsenceStartsAFollowUpThatIsDoneTheSameDay() {
        SimulationSettings everyChildAbsent = new SimulationSettings(Duration.ofSeconds(60), Duration.ofSeconds(10),
                Duration.ofSeconds(20), 0, 1, 0, Duration.ofSeconds(20), Duration.ofMinutes(5), 3, 1, 1,
                Duration.ofMinutes(3), Duration.ofMinutes(20), 3, LocalTime.of(9, 0), LocalTime.of(18, 0),
                Duration.ofMinutes(10), 5);
        List<DueCall> plan = List.of(new DueCall(1, LocalTime.of(9, 0), LocalTime.of(9, 30), 3),
                new DueCall(2, LocalTime.of(13, 0), LocalTime.of(13, 30), 2));

        DayResult day = DaySimulation.run(plan, Roster.of(1, LocalTime.of(9, 0), LocalTime.of(18, 0)),
                everyChildAbsent, OfferRule.LEAST_SLACK);

        assertThat(day.followUps()).isEqualTo(5);
        assertThat(day.followUpsReached()).isEqualTo(5);
        assertThat(day.followUpsDoneSameDay()).isEqualTo(1.0);
        assertThat(day.windowsMissed()).isZero();
    }

    @Test
    void unansweredSchoolsAreTriedUpToTheirAttemptsThenCountAsUnreached() {
        List<DueCall> plan = List.of(new DueCall(1, LocalTime.of(9, 0), LocalTime.of(10, 0), 1));

        DayResult day = DaySimulation.run(plan, Roster.of(1, LocalTime.of(9, 0), LocalTime.of(18, 0)),
                NEVER_ANSWERED, OfferRule.WINDOW_CLOSES_FIRST);

        assertThat(day.unreached()).isEqualTo(1);
        assertThat(day.startedInWindow()).isEqualTo(1);
        // Three attempts of 2 s pick-up, 20 s ringing and 10 s wrap-up in the day's hours.
        assertThat(day.utilisation() * Duration.ofHours(9).plusMinutes(0).toSeconds()).isCloseTo(96, within());
    }

    @Test
    void firstAttemptsFirstPutsADueRetryBehindAFirstAttemptWhoseWindowClosesLater() {
        // Attempts of 32 s. School 1 rings out at 09:00:32 and is due again at 09:05:32, while the operator rings
        // school 2 (09:05:20–09:05:52); school 3 opened at 09:05:40. At 09:05:52 both are due: school 1's retry
        // closes at 09:10, school 3's first attempt at 09:40.
        List<DueCall> plan = List.of(new DueCall(1, LocalTime.of(9, 0), LocalTime.of(9, 10), 1),
                new DueCall(2, LocalTime.of(9, 5, 20), LocalTime.of(9, 30), 1),
                new DueCall(3, LocalTime.of(9, 5, 40), LocalTime.of(9, 40), 1));
        Roster one = Roster.of(1, LocalTime.of(9, 0), LocalTime.of(18, 0));

        DayResult deadline = DaySimulation.run(plan, one, NEVER_ANSWERED, OfferRule.WINDOW_CLOSES_FIRST);
        DayResult firstAttempts = DaySimulation.run(plan, one, NEVER_ANSWERED, OfferRule.FIRST_ATTEMPTS_FIRST);

        assertThat(deadline.waitMax()).isEqualTo(44); // school 3 waited for school 1's retry
        assertThat(firstAttempts.waitMax()).isEqualTo(12); // school 3 went first, school 1's retry after it
        assertThat(List.of(deadline, firstAttempts)).extracting(DayResult::windowsMissed).containsOnly(0);
    }

    @Test
    void aYieldingRetryWaitsOnlyForFirstAttemptsClosingWithinFiveMinutesOfItsOwnWindow() {
        // As above: at 09:05:52 school 1's retry (closes 09:10) and school 3's first attempt are both due.
        Roster one = Roster.of(1, LocalTime.of(9, 0), LocalTime.of(18, 0));
        for (int closes : new int[] {14, 16}) {
            List<DueCall> plan = List.of(new DueCall(1, LocalTime.of(9, 0), LocalTime.of(9, 10), 1),
                    new DueCall(2, LocalTime.of(9, 5, 20), LocalTime.of(9, 30), 1),
                    new DueCall(3, LocalTime.of(9, 5, 40), LocalTime.of(9, closes), 1));

            DayResult yielding = DaySimulation.run(plan, one, NEVER_ANSWERED, OfferRule.RETRIES_YIELD);

            // Closing at 09:14, within five minutes of 09:10: school 3 first. At 09:16 the retry goes first.
            assertThat(yielding.waitMax()).as("school 3 closing at 09:%d", closes).isEqualTo(closes == 14 ? 12 : 44);
            assertThat(yielding.windowsMissed()).isZero();
        }
    }

    @Test
    void aRetryTooLateForTheFullDelayIsTriedHalfwayToTheCloseAsTheDiallerDoes() {
        // Attempts of 32 s: 09:00, 09:05:32 (the full delay fits before 09:09), then 09:11:04 would not: the third
        // goes halfway from 09:06:04 to the close, at 09:07:32, as the dialler's Retries does (ADR 0049).
        List<DueCall> plan = List.of(new DueCall(1, LocalTime.of(9, 0), LocalTime.of(9, 9), 1));

        DayResult day = DaySimulation.run(plan, Roster.of(1, LocalTime.of(9, 0), LocalTime.of(18, 0)),
                NEVER_ANSWERED, OfferRule.WINDOW_CLOSES_FIRST);

        assertThat(day.unreached()).isEqualTo(1);
        assertThat(day.utilisation() * Duration.ofHours(9).toSeconds()).isCloseTo(96, within());

        // With under a minute left after the second attempt, halfway would leave under 30 s: no third attempt.
        DayResult tight = DaySimulation.run(List.of(new DueCall(1, LocalTime.of(9, 0), LocalTime.of(9, 7), 1)),
                Roster.of(1, LocalTime.of(9, 0), LocalTime.of(18, 0)), NEVER_ANSWERED, OfferRule.WINDOW_CLOSES_FIRST);
        assertThat(tight.utilisation() * Duration.ofHours(9).toSeconds()).isCloseTo(64, within());
    }

    @Test
    void theFewestOperatorsFoundAreEnoughAndOneFewerIsNot() {
        List<DueCall> plan = DayPlans.clustered(600, 2_100, 5);
        SimulationSettings settings = SimulationSettings.defaults();
        LocalTime starts = LocalTime.of(8, 45);
        LocalTime ends = LocalTime.of(18, 0);

        int fewest = OperatorSearch.fewest(plan, settings, OfferRule.WINDOW_CLOSES_FIRST, 0.995, starts, ends);

        assertThat(DaySimulation.run(plan, Roster.of(fewest, starts, ends), settings,
                OfferRule.WINDOW_CLOSES_FIRST).insideWindow()).isGreaterThanOrEqualTo(0.995);
        assertThat(DaySimulation.run(plan, Roster.of(fewest - 1, starts, ends), settings,
                OfferRule.WINDOW_CLOSES_FIRST).insideWindow()).isLessThan(0.995);
        assertThat(fewest).isGreaterThanOrEqualTo(LowerBounds.of(plan, settings).busiestStretchOperators());
    }

    @Test
    void lowerBoundsOfAWorkedExample() {
        // Ten one-child calls, 09:00–09:30, always answered on the first attempt: each attempt is 2 s pick-up,
        // 8.5 s ringing on average, 120 s talk and 30 s wrap-up = 160.5 s. The busiest stretch is the half hour
        // lengthened by one attempt: 1,605 / (1,800 + 160.5) = 0.82 operators, so 1.
        List<DueCall> plan = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new DueCall(i, LocalTime.of(9, 0), LocalTime.of(9, 30), 1)).toList();

        LowerBounds bounds = LowerBounds.of(plan, CERTAIN);

        assertThat(bounds.busiestStretch()).isCloseTo(1605 / 1960.5, within());
        assertThat(bounds.totalWork()).isCloseTo(1605 / 1800.0, within());
        assertThat(bounds.operators()).isEqualTo(1);
        assertThat(bounds.busiestFrom()).isEqualTo(LocalTime.of(9, 0));
        assertThat(bounds.busiestUntil()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void badSettingsAndRostersAreRefusedWithWhatWasWrong() {
        SimulationSettings d = SimulationSettings.defaults();
        assertThatThrownBy(() -> new SimulationSettings(Duration.ofSeconds(-5), d.talkPerChild(), d.wrapUp(),
                d.spread(), d.answerRate(), d.busyRate(), d.ringTimeout(), d.retryDelay(), d.maxAttempts(),
                d.unauthorisedRate(), d.carerAnswerRate(), d.carerTalk(), d.carerRetryDelay(), d.carerAttempts(),
                d.carerHoursFrom(), d.carerHoursUntil(), d.carerAllowance(), 1))
                .hasMessage("the talk per call must be a duration of zero or more, not PT-5S");
        assertThatThrownBy(() -> new SimulationSettings(d.talkPerCall(), d.talkPerChild(), d.wrapUp(), d.spread(),
                1.2, d.busyRate(), d.ringTimeout(), d.retryDelay(), d.maxAttempts(), d.unauthorisedRate(),
                d.carerAnswerRate(), d.carerTalk(), d.carerRetryDelay(), d.carerAttempts(), d.carerHoursFrom(),
                d.carerHoursUntil(), d.carerAllowance(), 1))
                .hasMessage("the answer rate must be between 0 and 1, not 1.2");
        assertThatThrownBy(() -> new SimulationSettings(d.talkPerCall(), d.talkPerChild(), d.wrapUp(), d.spread(),
                0.9, 0.2, d.ringTimeout(), d.retryDelay(), d.maxAttempts(), d.unauthorisedRate(),
                d.carerAnswerRate(), d.carerTalk(), d.carerRetryDelay(), d.carerAttempts(), d.carerHoursFrom(),
                d.carerHoursUntil(), d.carerAllowance(), 1))
                .hasMessageStartingWith("the answer rate (0.9) and busy rate (0.2) add up to more than 1");
        assertThatThrownBy(() -> Roster.of(0, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .hasMessage("a day needs at least one operator, not 0");
        assertThatThrownBy(() -> new Roster(List.of(new Shift("Ada", LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new Shift("Ada", LocalTime.of(12, 30), LocalTime.of(17, 0)))))
                .hasMessage("Ada has overlapping shifts: 09:00–13:00 and 12:30–17:00");
        assertThatThrownBy(() -> new Shift("Ada", LocalTime.of(13, 0), LocalTime.of(9, 0)))
                .hasMessage("Ada's shift must end after it starts (13:00 to 09:00)");
        assertThatThrownBy(() -> new DueCall(7, LocalTime.of(10, 0), LocalTime.of(9, 30), 2))
                .hasMessage("call 7: the window must end after it starts (10:00 to 09:30)");
        assertThatThrownBy(() -> OperatorSearch.fewest(List.of(), d, OfferRule.LEAST_SLACK, 1.5,
                LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .hasMessage("the share of calls to start inside their window must be above 0 and at most 1, not 1.5");
    }

    @Test
    void theCapacityPlanShowsTheShortHalfHourAndWhereItsWindowsCouldGo() {
        // Twenty calls of 160.5 s each in 09:00–09:30 need 1.8 operators there; one call at 10:00 needs 0.09.
        List<DueCall> plan = new java.util.ArrayList<>(java.util.stream.IntStream.rangeClosed(1, 20)
                .mapToObj(i -> new DueCall(i, LocalTime.of(9, 0), LocalTime.of(9, 30), 1)).toList());
        plan.add(new DueCall(21, LocalTime.of(10, 0), LocalTime.of(10, 30), 1));

        CapacityPlan capacity = CapacityPlan.of(plan, Roster.of(1, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                CERTAIN, 3);

        assertThat(capacity.slots()).extracting(CapacityPlan.Slot::starts)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0));
        assertThat(capacity.slots().get(0).operatorsNeeded()).isCloseTo(20 * 160.5 / 1800, within());
        assertThat(capacity.slots().get(0).callsOpening()).isEqualTo(20);
        assertThat(capacity.slots().get(0).understaffed()).isTrue();
        assertThat(capacity.slots().get(1).operatorsNeeded()).isZero();
        assertThat(capacity.slots().get(2).understaffed()).isFalse();
        assertThat(capacity.moves()).hasSize(3).allSatisfy(m -> {
            assertThat(m.call().opens()).isEqualTo(LocalTime.of(9, 0));
            assertThat(m.suggestedOpens()).isEqualTo(LocalTime.of(9, 30));
        });
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
