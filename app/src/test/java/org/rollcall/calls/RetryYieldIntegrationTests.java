package org.rollcall.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The dialler with a retry yield of five minutes (ADR 0055): a due retry waits for a first attempt whose window
 * closes within five minutes of its own, and not for one closing later. Every school is engaged and a retry is due
 * at once, so the order is the dialler's alone.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.calls.retry-yield=5m", "rollcall.calls.retry-delay=0s",
        "rollcall.telephony.simulated.busy-rate=1"})
class RetryYieldIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired CallLog calls;
    @Autowired Clock clock;

    @Test
    void aRetryWaitsOnlyForFirstAttemptsClosingWithinTheYieldOfItsOwnWindow() {
        AuthorityId authority = directory.createAuthority("Yield Borough", Nation.ENGLAND, "765");
        LocalTime now = LocalTime.now(clock);
        ProvisionId retried = school(authority, "Retried Primary", "01632 960765", now.plusMinutes(10));
        UserId operator = accounts.createUser("yield-op", "Yield", "operator-password-1", Role.OPERATOR, null);
        // This context is the test's own (its settings differ), so the operator may end holding the last call.
        desk.ready(operator, "yield-op", "yield-op");
        CallSummary first = offered(operator);
        assertThat(first.provisionId()).isEqualTo(retried);
        // Both due while the operator is on the first call: closing 13 and 20 minutes from now.
        ProvisionId soon = school(authority, "Soon Closing Primary", "01632 960766", now.plusMinutes(13));
        ProvisionId later = school(authority, "Later Closing Primary", "01632 960767", now.plusMinutes(20));
        awaitDue(soon);
        awaitDue(later);

        engaged(first);
        // The retry (closes in 10 minutes, yields to 15) is due at once: the first attempt closing at 13 goes
        // first. Without a yield the retry would.
        CallSummary second = offered(operator);
        assertThat(second.provisionId()).isEqualTo(soon);
        assertThat(attempt(retried, 2).status()).isEqualTo(CallStatus.DUE);

        engaged(second);
        // Now the retry (15) goes before the first attempt closing at 20, and before the new retry (13 + 5).
        CallSummary third = offered(operator);
        assertThat(third.provisionId()).isEqualTo(retried);
        assertThat(third.attempt()).isEqualTo(2);
        assertThat(calls.onDate(LocalDate.now(clock), List.of(later)).getFirst().status())
                .isEqualTo(CallStatus.DUE);
    }

    /** Started, engaged (every simulated school is), and wrapped up as busy: its retry is due at once. */
    private void engaged(CallSummary call) {
        desk.start(call.id(), call.operatorId());
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.find(call.id()).orElseThrow().status()
                == CallStatus.WRAP_UP);
        desk.wrapUp(call.id(), call.operatorId(), CallOutcome.BUSY, null);
    }

    private CallSummary offered(UserId operator) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> desk.currentCall(operator)
                .filter(c -> c.status() == CallStatus.OFFERED), java.util.Optional::isPresent).orElseThrow();
    }

    private void awaitDue(ProvisionId school) {
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(LocalDate.now(clock), List.of(school)),
                list -> !list.isEmpty() && list.getFirst().status() == CallStatus.DUE);
    }

    private CallSummary attempt(ProvisionId school, int attempt) {
        return calls.onDate(LocalDate.now(clock), List.of(school)).stream().filter(c -> c.attempt() == attempt)
                .findFirst().orElseThrow();
    }

    /** A school whose window opened a minute ago, with one monitored child (only those are called). */
    private ProvisionId school(AuthorityId authority, String name, String phone, LocalTime closes) {
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.now(clock).minusMinutes(1), closes))));
        directory.place(directory.createChild(new NewChild(authority, null, "Yan", name.split(" ")[0],
                today.minusYears(8), 3, Cohort.LAC, true, SenStatus.NONE)), school, PlacementKind.ON_ROLL,
                today.minusDays(1));
        return school;
    }
}
