package org.rollcall.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A school that is busy is tried again inside its window; a school that asks to be called back is, at that time. */
@RollcallIntegrationTest
// Every simulated school is engaged, so the busy outcome comes from the exchange, not from the test.
@org.springframework.test.context.TestPropertySource(properties = "rollcall.telephony.simulated.busy-rate=1")
class CallRetriesIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired CallLog calls;
    @Autowired Clock clock;

    @Test
    void busyIsRetriedInTheWindowAndACallBackComesDueAtItsTime() {
        UserId operator = accounts.createUser("desk-it", "Desk", "desk-password-1", Role.OPERATOR, null);
        desk.ready(operator, "desk-it", "desk-it");
        try {
            takeCallsFor(operator);
        } finally {
            // Leave the queue, so other tests' calls in this context go to their own operators.
            desk.offline(operator);
        }
        assertThat(desk.status(operator)).isEqualTo(OperatorStatus.OFFLINE);
    }

    private void takeCallsFor(UserId operator) {
        ProvisionId school = directory.createProvision(new NewProvision("Retry Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960456"), "Mr Retry", null,
                Frequency.DAILY, null, openNow(clock)));
        // Only a provision with a monitored child is called.
        AuthorityId authority = directory.createAuthority("Retry Borough", Nation.ENGLAND, "845");
        directory.place(directory.createChild(new NewChild(authority, null, "Rhys", "Retry",
                LocalDate.now(clock).minusYears(8), 3, Cohort.LAC, true, SenStatus.NONE)), school,
                PlacementKind.ON_ROLL, LocalDate.now(clock).minusDays(1));

        CallSummary first = offered(school, 1);
        assertThatThrownBy(() -> desk.wrapUp(first.id(), first.operatorId(), CallOutcome.BUSY, null))
                .isInstanceOf(CallRefusedException.class).hasMessageContaining("has not been dialled yet");
        assertThatThrownBy(() -> desk.start(first.id(), new UserId(java.util.UUID.randomUUID())))
                .isInstanceOf(CallRefusedException.class).hasMessageContaining("not assigned to you");
        desk.start(first.id(), first.operatorId());
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.find(first.id()).orElseThrow().status()
                == CallStatus.WRAP_UP);
        CallSummary engaged = calls.find(first.id()).orElseThrow();
        assertThat(engaged.suggestedOutcome()).isEqualTo(CallOutcome.BUSY);
        assertThatThrownBy(() -> desk.wrapUp(first.id(), first.operatorId(), CallOutcome.COMPLETED, null))
                .isInstanceOf(CallRefusedException.class).hasMessageContaining("never connected");

        Instant wrapped = clock.instant();
        desk.wrapUp(first.id(), first.operatorId(), CallOutcome.BUSY, null);
        CallSummary retry = attempts(school).get(1);
        assertThat(retry.attempt()).isEqualTo(2);
        assertThat(retry.dueAt()).isBetween(wrapped.plusSeconds(1), wrapped.plusSeconds(5));
        assertThat(retry.dueAt()).isBefore(retry.windowCloses());

        CallSummary second = offered(school, 2);
        assertThatThrownBy(() -> desk.wrapUp(second.id(), second.operatorId(), CallOutcome.CALL_BACK,
                clock.instant().minusSeconds(60))).hasMessageContaining("a time later today");
        Instant callBack = clock.instant().plus(Duration.ofMinutes(10));
        desk.wrapUp(second.id(), second.operatorId(), CallOutcome.CALL_BACK, callBack);
        CallSummary third = attempts(school).get(2);
        assertThat(third.attempt()).isEqualTo(3);
        assertThat(third.status()).isEqualTo(CallStatus.DUE);
        assertThat(third.dueAt()).isCloseTo(callBack, org.assertj.core.api.Assertions.within(1,
                java.time.temporal.ChronoUnit.MILLIS));
        assertThat(calls.find(second.id()).orElseThrow().outcome()).isEqualTo(CallOutcome.CALL_BACK);
    }

    private CallSummary offered(ProvisionId school, int attempt) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> attempts(school).stream().filter(c -> c.attempt() == attempt
                        && c.status() == CallStatus.OFFERED).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private List<CallSummary> attempts(ProvisionId school) {
        return calls.onDate(LocalDate.now(clock)).stream().filter(c -> c.provisionId().equals(school))
                .sorted(Comparator.comparingInt(CallSummary::attempt)).toList();
    }
}
