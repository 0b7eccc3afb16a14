package org.rollcall.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.support.OperatorCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The dialler offers the next call as soon as an operator is free, not at its next tick: here the tick is hourly
 * (the context of {@link ClosurePlanningIntegrationTests}), so every offer below is made by the nudge.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.calls.plan-interval=1h", "rollcall.calls.dialler-interval=1h"})
class DiallerWakeIntegrationTests {

    private static final Duration PROMPTLY = Duration.ofSeconds(15);

    @Autowired CallPlanner planner;
    @Autowired DirectoryAdmin directory;
    @Autowired OperatorDesk desk;
    @Autowired Accounts accounts;
    @Autowired Clock clock;

    @Test
    void anOperatorWhoGetsReadyOrWrapsUpIsOfferedTheNextDueCallAtOnce() {
        // The schedule's first round runs a second after start-up; let it pass so it cannot be what offers.
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Wakefield Hollow", Nation.ENGLAND, "847");
        for (int i = 1; i <= 2; i++) {
            var school = directory.createProvision(new NewProvision("Hollow School " + i, null,
                    ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 96084" + i), "Mr Wake",
                    null, Frequency.DAILY, null, openNow(clock)));
            directory.place(directory.createChild(new NewChild(authority, null, "Dawn" + i, "Hollow",
                    today.minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE)), school, PlacementKind.ON_ROLL,
                    today.minusDays(10));
        }
        planner.planToday();

        UserId operator = OperatorCalls.readyOperator(accounts, desk, "op-wake", "op-wake");
        CallSummary first = offered(operator);

        desk.wrapUp(first.id(), operator, CallOutcome.FAILED, null);
        CallSummary second = offered(operator);
        assertThat(second.id()).isNotEqualTo(first.id());

        OperatorCalls.goOffline(desk, operator);
    }

    private CallSummary offered(UserId operator) {
        return await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.currentCall(operator).filter(c -> c.status() == CallStatus.OFFERED),
                        Optional::isPresent).orElseThrow();
    }
}
