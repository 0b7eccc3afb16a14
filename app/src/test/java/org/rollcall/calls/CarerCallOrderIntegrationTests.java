package org.rollcall.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dialler's order (ADR 0017) with the real planner and dialler: school calls first; a carer call fills slack,
 * and waits while a school falls due within one carer call's allowance (10 minutes) and could not wait that long;
 * a social-worker call is ordered the same way.
 */
@RollcallIntegrationTest
// a context of its own: carer calls left due here must not reach other tests' operators
@TestPropertySource(properties = "rollcall.demo.seed=17018")
class CarerCallOrderIntegrationTests {

    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired CarerCalls carerCalls;
    @Autowired CallLog calls;
    @Autowired DirectoryAdmin directory;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    @Test
    void carerCallsFillSlackAndNeverTakeTheOperatorASchoolNeedsInItsWindow() {
        AuthorityId authority = directory.createAuthority("Order Shire", Nation.ENGLAND, "931");
        LocalDate today = LocalDate.now(clock);
        LocalTime now = LocalTime.now(clock);
        ProvisionId home = school(authority, "Order Home School", "01632 960300", LocalTime.of(23, 0),
                LocalTime.of(23, 30));

        // Slack: the only school falling due soon can wait an hour, so the carer call is offered now.
        ProvisionId loose = school(authority, "Loose Window School", "01632 960301", now.plusMinutes(4),
                now.plusMinutes(60));
        awaitPlanned(loose, today);
        CallId first = carerCall(home, today);
        UserId slack = operator("order-op-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.currentCall(slack).isPresent());
        assertThat(desk.currentCall(slack).orElseThrow().id()).isEqualTo(first);

        // A school due in 4 minutes whose window closes 12 minutes from now: the carer waits, the operator stays free.
        ProvisionId tight = school(authority, "Tight Window School", "01632 960302", now.plusMinutes(4),
                now.plusMinutes(12));
        awaitPlanned(tight, today);
        CallId waiting = carerCall(home, today);
        // A social-worker call is ordered exactly like a carer call.
        CallId socialWorker = call(CallPurpose.SOCIAL_WORKER, home, today);
        UserId free = operator("order-op-2");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> desk.status(free) == OperatorStatus.READY && desk.currentCall(free).isEmpty());
        assertThat(calls.find(waiting).orElseThrow().status()).isEqualTo(CallStatus.DUE);
        assertThat(calls.find(socialWorker).orElseThrow().status()).isEqualTo(CallStatus.DUE);

        // A school due now: offered before the carer call that has waited longer.
        ProvisionId urgent = school(authority, "Urgent Window School", "01632 960303", now.minusMinutes(1),
                now.plusMinutes(15));
        CallSummary schoolCall = awaitPlanned(urgent, today);
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.currentCall(free).isPresent());
        assertThat(desk.currentCall(free).orElseThrow().id()).isEqualTo(schoolCall.id());
        assertThat(calls.find(waiting).orElseThrow().status()).isEqualTo(CallStatus.DUE);
        assertThat(calls.find(socialWorker).orElseThrow().status()).isEqualTo(CallStatus.DUE);
    }

    private UserId operator(String name) {
        UserId id = accounts.createUser(name, "Operator " + name, "operator-password-1", Role.OPERATOR, null);
        desk.ready(id, name, name);
        return id;
    }

    private CallId carerCall(ProvisionId school, LocalDate today) {
        return call(CallPurpose.CARER, school, today);
    }

    private CallId call(CallPurpose purpose, ProvisionId school, LocalDate today) {
        Instant now = clock.instant();
        return tx.execute(s -> carerCalls.queue(purpose, UUID.randomUUID(), school, today,
                UkPhoneNumber.parse("07700 900300"), now, now.plus(Duration.ofHours(6)), 1));
    }

    private CallSummary awaitPlanned(ProvisionId school, LocalDate today) {
        // Any status: a school due now may be offered before a poll sees it due.
        return await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(today).stream()
                .filter(c -> c.provisionId().equals(school)).toList(),
                l -> !l.isEmpty()).getFirst();
    }

    private ProvisionId school(AuthorityId authority, String name, String phone, LocalTime opens, LocalTime closes) {
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, opens, closes))));
        ChildId child = directory.createChild(new NewChild(authority, null, "Kit", name.replace(' ', '-'),
                today.minusYears(8), 3, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(1));
        return school;
    }
}
