package org.rollcall.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Carer-contact hours and attempts are the child's authority's (issue 14): one authority calls 10:00 to 12:00 and
 * gives up after 2 attempts, one starts at 14:00, and one keeps Rollcall's default (09:00 to 18:00, 3 attempts). Its
 * own context (the clock starts at 10:30 and runs tenfold), so the hours are not passed while other tests run.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.escalation.carer-retry-delay=1s",
        "rollcall.escalation.carer-attempts=3", "rollcall.telephony.simulated.no-answer-rate=1",
        "rollcall.platform.clock-speed=10"})
class CarerHoursPerAuthorityIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EscalationSettings settings;
    @Autowired CallLog calls;
    @Autowired Clock clock;

    @Test
    void eachAuthorityCallsCarersInItsOwnHoursAndGivesUpAfterItsOwnAttempts() {
        var morning = EscalationFixtures.create(directory, clock, "Tennoon Shire", "770", "01632 960770")
                .withContacts(directory, "07700 900770", "alex.worker@tennoon.example.org");
        var afternoon = EscalationFixtures.create(directory, clock, "Teatime Shire", "771", "01632 960771")
                .withContacts(directory, "07700 900771", "alex.worker@teatime.example.org");
        var usual = EscalationFixtures.create(directory, clock, "Default Hours Shire", "772", "01632 960772")
                .withContacts(directory, "07700 900772", "alex.worker@default-hours.example.org");
        settings.setCarerHours(morning.authority(), LocalTime.of(10, 0), LocalTime.of(12, 0), 2, 1);
        settings.setCarerHours(afternoon.authority(), LocalTime.of(14, 0), LocalTime.of(16, 0), null, null);
        assertThat(settings.carerHours(usual.authority())).isEqualTo(settings.defaultCarerHours());
        assertThat(settings.carerHours(afternoon.authority())).satisfies(h -> {
            assertThat(h.own()).isTrue();
            assertThat(h.attempts()).as("the default where none is set").isEqualTo(3);
        });

        for (var f : List.of(morning, afternoon, usual)) {
            attendance.record(new RecordMark(f.child(), f.school(), f.today(), Session.AM, "N", "no word",
                    null, null, "op-hours"));
        }

        Escalation told = awaitState(morning, EscalationState.SOCIAL_WORKER_TOLD);
        assertThat(told.carerAttempts()).isEqualTo(2);
        List<TimelineEntry> timeline = escalations.timeline(told.id());
        assertThat(timeline).extracting(TimelineEntry::step).containsExactly(Step.OPENED, Step.CARER_CALL_QUEUED,
                Step.CARER_CALL_ATTEMPT, Step.CARER_CALL_QUEUED, Step.CARER_CALL_ATTEMPT, Step.CARER_UNREACHABLE,
                Step.SOCIAL_WORKER_TOLD);
        assertThat(timeline.get(1).said()).startsWith("Call 1 of 2 to the carer, Sam Carer, on 07700900770")
                .endsWith("(carers are called 10:00 to 12:00).");
        assertThat(timeline.get(2).said()).isEqualTo("Attempt 1 of 2 to reach the carer: no answer.");
        Instant noon = morning.today().atTime(12, 0).atZone(clock.getZone()).toInstant();
        List<CallSummary> morningCalls = carerCalls(morning);
        assertThat(morningCalls).extracting(CallSummary::attempt).containsExactlyInAnyOrder(1, 2);
        assertThat(morningCalls).allSatisfy(c -> {
            assertThat(c.windowCloses()).isEqualTo(noon);
            assertThat(c.placedAt()).isBefore(noon);
        });
        CallSummary first = morningCalls.stream().filter(c -> c.attempt() == 1).findFirst().orElseThrow();
        CallSummary second = morningCalls.stream().filter(c -> c.attempt() == 2).findFirst().orElseThrow();
        assertThat(Duration.between(first.endedAt(), second.dueAt())).as("the authority's wait between attempts")
                .isGreaterThanOrEqualTo(Duration.ofMinutes(1));

        // Rollcall's default: three attempts, until 18:00.
        Escalation usualTold = awaitState(usual, EscalationState.SOCIAL_WORKER_TOLD);
        assertThat(usualTold.carerAttempts()).isEqualTo(3);
        assertThat(escalations.timeline(usualTold.id()).get(1).said()).startsWith("Call 1 of 3 to the carer")
                .endsWith("(carers are called 09:00 to 18:00).");
        assertThat(carerCalls(usual)).hasSize(3).allSatisfy(c -> assertThat(c.windowCloses())
                .isEqualTo(usual.today().atTime(18, 0).atZone(clock.getZone()).toInstant()));

        // 14:00 to 16:00: queued for 14:00 and not offered before, while the others were called this morning.
        CallSummary waiting = carerCalls(afternoon).getFirst();
        assertThat(waiting.dueAt()).isEqualTo(afternoon.today().atTime(14, 0).atZone(clock.getZone()).toInstant());
        assertThat(waiting.windowCloses()).isEqualTo(afternoon.today().atTime(16, 0).atZone(clock.getZone())
                .toInstant());
        assertThat(clock.instant()).isBefore(waiting.dueAt());
        assertThat(waiting.status()).isEqualTo(CallStatus.DUE);
        assertThat(waiting.placedAt()).isNull();
        assertThat(escalations.find(afternoon.child(), afternoon.today(), Trigger.UNAUTHORISED_ABSENCE)
                .orElseThrow().state()).isEqualTo(EscalationState.CARER_CALL_DUE);
        assertThat(escalations.timeline(escalations.find(afternoon.child(), afternoon.today(),
                Trigger.UNAUTHORISED_ABSENCE).orElseThrow().id()).get(1).said()).contains("queued for operators "
                + "from 14:00 today (carers are called 14:00 to 16:00)");
        assertThat(carerCalls(morning)).as("no third attempt after the authority's two").hasSize(2)
                .extracting(CallSummary::outcome).containsOnly(CallOutcome.NO_ANSWER);
    }

    @Test
    void hoursThatEndBeforeTheyStartOrAttemptsOutsideOneToTenAreRefusedAndNothingIsStored() {
        var f = EscalationFixtures.create(directory, clock, "Backwards Hours Shire", "773", "01632 960773");
        assertThatThrownBy(() -> settings.setCarerHours(f.authority(), LocalTime.of(12, 0), LocalTime.of(10, 0),
                11, 1)).isInstanceOf(EscalationRefusedException.class)
                .hasMessage("carer-contact hours must end after they start, not 12:00 to 10:00; attempts to reach a "
                        + "carer must be 1 to 10, not 11");
        assertThatThrownBy(() -> settings.setCarerHours(f.authority(), LocalTime.of(19, 0), null, null, 0))
                .isInstanceOf(EscalationRefusedException.class)
                .hasMessage("carer-contact hours must end after they start, not 19:00 to 18:00 (Rollcall's default "
                        + "for the time left empty); the wait between attempts must be 1 to 240 minutes, not 0");
        assertThat(settings.carerHours(f.authority()).own()).isFalse();
        // The duty address and the hours together: a refused hour keeps the address as it was.
        assertThatThrownBy(() -> settings.set(f.authority(), "duty@backwards.example.org", null, null, "admin",
                null, null, 0, null)).isInstanceOf(EscalationRefusedException.class);
        assertThat(settings.get(f.authority()).dutyEmail()).isEmpty();
    }

    private Escalation awaitState(EscalationFixtures f, EscalationState state) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> escalations.find(f.child(), f.today(), Trigger.UNAUTHORISED_ABSENCE),
                        e -> e.isPresent() && e.get().state() == state).orElseThrow();
    }

    private List<CallSummary> carerCalls(EscalationFixtures f) {
        return calls.onDate(f.today()).stream().filter(c -> c.purpose() == CallPurpose.CARER
                && c.provisionId().equals(f.school())).toList();
    }
}
