package org.rollcall.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.ProvisionId;

/** The wallboard's rules: at risk, queue order, missed and unreached schools, and the day's figures. */
class LiveDayTests {

    private static final Instant NOW = Instant.parse("2026-12-02T10:30:00Z");
    private static final Duration WITHIN = Duration.ofMinutes(15);
    private static final ProvisionId SCHOOL = new ProvisionId(UUID.randomUUID());
    private static final ProvisionId OTHER = new ProvisionId(UUID.randomUUID());

    @Test
    void aCallNotStartedWhoseWindowClosesWithinFifteenMinutesIsAtRisk() {
        assertThat(LiveDay.atRisk(call(SCHOOL, 1, CallStatus.DUE, closesIn(14)), NOW, WITHIN)).isTrue();
        assertThat(LiveDay.atRisk(call(SCHOOL, 1, CallStatus.OFFERED, closesIn(15)), NOW, WITHIN))
                .as("exactly fifteen minutes left is at risk").isTrue();
        assertThat(LiveDay.atRisk(call(SCHOOL, 1, CallStatus.DUE, closesIn(16)), NOW, WITHIN)).isFalse();
        assertThat(LiveDay.atRisk(call(SCHOOL, 1, CallStatus.DUE, closesIn(0)), NOW, WITHIN))
                .as("a closed window is missed, not at risk").isFalse();
        assertThat(LiveDay.atRisk(call(SCHOOL, 1, CallStatus.CONNECTED, closesIn(5)), NOW, WITHIN))
                .as("a call in progress will reach the school").isFalse();
        assertThat(LiveDay.atRisk(call(SCHOOL, 1, CallStatus.DONE, closesIn(5)), NOW, WITHIN)).isFalse();
    }

    @Test
    void theQueueHoldsCallsNotStartedTheWindowClosingSoonestFirst() {
        CallSummary late = call(SCHOOL, 1, CallStatus.DUE, closesIn(40));
        CallSummary soon = call(OTHER, 1, CallStatus.OFFERED, closesIn(10));
        CallSummary live = call(OTHER, 2, CallStatus.DIALLING, closesIn(5));
        assertThat(LiveDay.queue(List.of(late, live, soon))).containsExactly(soon, late);
    }

    @Test
    void missedAndUnreachedAreSchoolsWithNothingWaitingAndNoCallThatReachedThem() {
        CallSummary missed = call(SCHOOL, 1, CallStatus.MISSED, closesIn(-5));
        assertThat(LiveDay.missed(List.of(missed))).containsExactly(missed);
        // Another attempt waiting, or one that reached the school: no longer the supervisor's concern.
        assertThat(LiveDay.missed(List.of(missed, call(SCHOOL, 2, CallStatus.DUE, closesIn(20))))).isEmpty();
        assertThat(LiveDay.missed(List.of(missed, done(SCHOOL, 2, CallOutcome.COMPLETED)))).isEmpty();

        CallSummary third = done(OTHER, 3, CallOutcome.NO_ANSWER);
        assertThat(LiveDay.unreached(List.of(done(OTHER, 1, CallOutcome.BUSY), done(OTHER, 2, CallOutcome.NO_ANSWER),
                third))).containsExactly(third);
        assertThat(LiveDay.unreached(List.of(missed))).isEmpty();
        CallSummary carer = withPurpose(call(SCHOOL, 1, CallStatus.MISSED, closesIn(-5)), CallPurpose.CARER);
        assertThat(LiveDay.missed(List.of(carer))).as("carer calls are the follow-ups' to retry").isEmpty();
    }

    @Test
    void theFiguresCountCallsMadeSchoolsReachedAndTheShareStartedInsideTheWindow() {
        CallSummary reached = placed(call(SCHOOL, 1, CallStatus.DONE, closesIn(-10)), NOW.minusSeconds(1200), true);
        CallSummary again = placed(call(SCHOOL, 2, CallStatus.DONE, closesIn(10)), NOW.minusSeconds(60), true);
        CallSummary lateStart = placed(call(OTHER, 1, CallStatus.DONE, closesIn(-10)), NOW.minusSeconds(300), false);
        CallSummary due = call(OTHER, 2, CallStatus.DUE, closesIn(20));
        LiveDay.DayFigures figures = LiveDay.figures(List.of(reached, again, lateStart, due), 7);
        assertThat(figures.callsMade()).isEqualTo(3);
        assertThat(figures.schoolsReached()).as("one school, reached twice").isEqualTo(1);
        assertThat(figures.childrenMarked()).isEqualTo(7);
        assertThat(figures.startedInWindowPercent()).as("two of three started before their window closed")
                .isEqualTo(67);
        assertThat(LiveDay.figures(List.of(due), 0).startedInWindowPercent()).isNull();
    }

    private static Instant closesIn(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    private static CallSummary call(ProvisionId school, int attempt, CallStatus status, Instant closes) {
        return new CallSummary(new CallId(UUID.randomUUID()), school, LocalDate.of(2026, 12, 2), attempt, status, null,
                null, closes.minus(Duration.ofMinutes(60)), closes, null, null, null, null, null, null, null, null,
                null, CallPurpose.AFTERNOON, null, null);
    }

    private static CallSummary done(ProvisionId school, int attempt, CallOutcome outcome) {
        CallSummary c = call(school, attempt, CallStatus.DONE, closesIn(-5));
        return new CallSummary(c.id(), c.provisionId(), c.date(), c.attempt(), c.status(), null, null, c.dueAt(),
                c.windowCloses(), null, null, null, null, null, null, null, outcome, null, c.purpose(), null, null);
    }

    private static CallSummary withPurpose(CallSummary c, CallPurpose purpose) {
        return new CallSummary(c.id(), c.provisionId(), c.date(), c.attempt(), c.status(), null, null, c.dueAt(),
                c.windowCloses(), null, null, null, null, null, null, null, c.outcome(), null, purpose, null, null);
    }

    /** Dialled at {@code at}; connected to the school when {@code bridged}. */
    private static CallSummary placed(CallSummary c, Instant at, boolean bridged) {
        return new CallSummary(c.id(), c.provisionId(), c.date(), c.attempt(), c.status(), null, "op", c.dueAt(),
                c.windowCloses(), at, at, null, bridged ? at.plusSeconds(5) : null, at.plusSeconds(60), 55, null,
                bridged ? CallOutcome.COMPLETED : CallOutcome.NO_ANSWER, null, c.purpose(), null, null);
    }
}
