package org.rollcall.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallRefusedException;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.calls.OperatorNow;
import org.rollcall.calls.OperatorStatus;
import org.rollcall.calls.SupervisorActions;
import org.rollcall.directory.AuthorityId;
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
import org.rollcall.support.OperatorCalls;
import org.rollcall.support.Push;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;

/**
 * The supervisor's wallboard and actions, server-side on the real dialler and database: each action's success and
 * refusals with its audit entry, extra roles (a QA reviewer is refused until given the supervisor role; an operator
 * is refused), and an operator's change reaching an open wallboard by push. Calls are planned and offered by the
 * real dialler; a window closing unreached is simulated by marking the call missed in SQL, as other tests do.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WallboardIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired SupervisorActions actions;
    @Autowired CallLog calls;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private AuthorityId authority;
    private int schools;

    @BeforeAll
    void aSupervisorAQaReviewerAndAnAuthority() {
        accounts.createUser("wb-sup", "Supervisor Wallboard", "wb-password-1", Role.SUPERVISOR, null);
        accounts.createUser("wb-qa", "QA Wallboard", "wb-password-1", Role.QA, null);
        authority = directory.createAuthority("Wallboard Borough", Nation.ENGLAND, "886");
    }

    @AfterAll
    void leaveNoOperatorReady() {
        // The context is shared: an operator of ours left ready would take the next test's call.
        jdbc.sql("UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL WHERE username LIKE 'wb-%'")
                .update();
    }

    @BeforeEach
    void standDown() {
        // Other scenarios' operators (the context is shared) stand down, and calls left due elsewhere are dropped.
        jdbc.sql("UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL WHERE status <> 'OFFLINE'")
                .update();
        jdbc.sql("UPDATE call SET status = 'MISSED' WHERE status IN ('DUE', 'OFFERED')").update();
        SignIn.as(users, contexts, "wb-sup");
    }

    @Test
    void anOfferIsGivenOnlyToAReadyOperatorAndNeverOfferedTwice() {
        ProvisionId first = schoolWithItsCallDue("Wallboard Primary");
        ProvisionId second = schoolWithItsCallDue("Wallboard Academy");
        UserId amir = OperatorCalls.readyOperator(accounts, desk, "wb-amir", "wb-amir");
        CallSummary a = offeredTo(amir);
        UserId bea = OperatorCalls.readyOperator(accounts, desk, "wb-bea", "wb-bea");
        CallSummary b = offeredTo(bea);
        assertThat(List.of(a.provisionId(), b.provisionId())).containsExactlyInAnyOrder(first, second);

        // Set offline while holding an offer: the offer goes back to the queue, Bea is offline.
        actions.setOffline(bea);
        assertThat(desk.status(bea)).isEqualTo(OperatorStatus.OFFLINE);
        assertThat(calls.find(b.id()).orElseThrow().status()).isEqualTo(CallStatus.DUE);
        assertThat(desk.notReadyReason(bea)).get().asString().startsWith("set offline by supervisor wb-sup at ");
        assertThat(desk.atDesk(bea)).satisfies(at -> {
            assertThat(at.status()).isEqualTo(OperatorStatus.OFFLINE);
            assertThat(at.notReadyReason()).isEqualTo(desk.notReadyReason(bea));
            assertThat(at.call()).isEmpty();
        });
        assertThat(audited("set-operator-offline", "wb-bea")).isEqualTo(1);

        UserId never = accounts.createUser("wb-never", "Never Ready", "wb-password-1", Role.OPERATOR, null);
        assertRefused(() -> actions.giveTo(a.id(), never), "has never been ready");
        assertRefused(() -> actions.giveTo(a.id(), bea), "wb-bea is offline: a call can be given only to a ready "
                + "operator");
        assertThat(calls.find(a.id()).orElseThrow().operatorId()).as("nothing changed").isEqualTo(amir);

        UserId cal = OperatorCalls.readyOperator(accounts, desk, "wb-cal", "wb-cal");
        CallSummary b2 = offeredTo(cal);
        assertThat(b2.id()).isEqualTo(b.id());
        desk.start(a.id(), amir);
        assertRefused(() -> actions.giveTo(b.id(), amir), "wb-amir is on a call");
        assertRefused(() -> actions.giveTo(a.id(), cal), "the call is no longer offered (it is dialling");
        assertRefused(() -> actions.setOffline(amir), "wb-amir is on a call: they can be set offline once");

        // The supervisor gives Cal's offer to Dee through the wallboard's dialog.
        UserId dee = OperatorCalls.readyOperator(accounts, desk, "wb-dee", "wb-dee");
        WallboardView view = navigate(WallboardView.class);
        CallSummary offered = view.queue.getListDataView().getItems().filter(c -> c.id().equals(b.id()))
                .findFirst().orElseThrow();
        view.openGiveTo(offered);
        roundTrip();
        OperatorNow deeRow = view.giveDialog.operator.getListDataView().getItems()
                .filter(o -> o.id().equals(dee)).findFirst().orElseThrow();
        test(view.giveDialog.operator).selectItem(deeRow.name() + " (ready)");
        test(view.giveDialog.give).click();
        assertThat(view.message.getText()).endsWith("call is offered to wb-dee now.");
        assertThat(calls.find(b.id()).orElseThrow()).satisfies(c -> {
            assertThat(c.status()).isEqualTo(CallStatus.OFFERED);
            assertThat(c.operatorId()).isEqualTo(dee);
        });
        assertThat(desk.status(dee)).isEqualTo(OperatorStatus.RESERVED);
        assertThat(desk.status(cal)).isEqualTo(OperatorStatus.READY);
        assertThat(desk.currentCall(cal)).isEmpty();
        assertThat(audit.count("give-call", "call", b.id().toString())).isEqualTo(1);
        // Five dialler rounds later, Cal (ready again) was not offered the call a second time.
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(desk.currentCall(cal)).isEmpty();
        assertThat(calls.find(b.id()).orElseThrow().operatorId()).isEqualTo(dee);

        // A refusal through the dialog says why; nothing changes.
        view.openGiveTo(offered);
        roundTrip();
        test(view.giveDialog.operator).selectItem("wb-bea (offline)");
        test(view.giveDialog.give).click();
        assertThat(view.message.getText()).isEqualTo("Not done: wb-bea is offline: a call can be given only to a ready "
                + "operator.");
        assertThat(calls.find(b.id()).orElseThrow().operatorId()).isEqualTo(dee);
    }

    @Test
    void aSchoolThatMissedItsWindowGetsAnotherAttemptOrACallBackLaterToday() {
        ProvisionId school = schoolWithItsCallDue("Wallboard Infants");
        CallSummary due = dueCallOf(school);
        assertRefused(() -> actions.addAttempt(due.id()), "the call is due, not missed");
        assertRefused(() -> actions.callBackAt(due.id(), clock.instant().minusSeconds(60)), "has passed: choose a "
                + "time later today, up to 17:00");
        Instant evening = LocalDate.now(clock).atTime(17, 30).atZone(clock.getZone()).toInstant();
        assertRefused(() -> actions.callBackAt(due.id(), evening), "that is after the school day");
        assertRefused(() -> actions.callBackAt(due.id(), null), "a call-back needs a time");

        Instant later = clock.instant().plus(Duration.ofMinutes(40));
        actions.callBackAt(due.id(), later);
        CallSummary moved = calls.find(due.id()).orElseThrow();
        // PostgreSQL keeps microseconds, rounded.
        assertThat(moved.dueAt()).isCloseTo(later, org.assertj.core.api.Assertions.within(1,
                java.time.temporal.ChronoUnit.MILLIS));
        assertThat(moved.windowCloses()).isAfter(later);
        assertThat(audit.count("schedule-call-back", "call", due.id().toString())).isEqualTo(1);

        // Its window closes unreached.
        jdbc.sql("UPDATE call SET status = 'MISSED' WHERE id = ?").param(due.id().value()).update();
        CallId added = actions.addAttempt(due.id());
        CallSummary attempt = calls.find(added).orElseThrow();
        assertThat(attempt.status()).isEqualTo(CallStatus.DUE);
        assertThat(attempt.attempt()).isEqualTo(2);
        assertThat(Duration.between(attempt.dueAt(), attempt.windowCloses())).isEqualTo(Duration.ofMinutes(30));
        assertThat(audit.count("add-call-attempt", "call", added.toString())).isEqualTo(1);
        assertRefused(() -> actions.addAttempt(due.id()), "already has an attempt waiting or in progress today");

        // Missed again: a call-back through the wallboard's dialog, at a time that has passed first.
        jdbc.sql("UPDATE call SET status = 'MISSED' WHERE id = ?").param(added.value()).update();
        WallboardView view = navigate(WallboardView.class);
        CallSummary missed = view.missed.getListDataView().getItems().filter(c -> c.id().equals(added))
                .findFirst().orElseThrow();
        view.openCallBack(missed);
        roundTrip();
        test(view.callBackDialog.at).setValue(java.time.LocalTime.now(clock).minusMinutes(5));
        test(view.callBackDialog.schedule).click();
        assertThat(view.message.getText()).startsWith("Not done: ").contains("has passed");
        view.openCallBack(missed);
        roundTrip();
        test(view.callBackDialog.at).setValue(java.time.LocalTime.now(clock).plusMinutes(20).withSecond(0)
                .withNano(0));
        test(view.callBackDialog.schedule).click();
        assertThat(view.message.getText()).contains("will be called back at");
        assertThat(calls.onDate(LocalDate.now(clock))).filteredOn(c -> c.provisionId().equals(school))
                .extracting(CallSummary::attempt, CallSummary::status)
                .contains(org.assertj.core.groups.Tuple.tuple(3, CallStatus.DUE));
        assertThat(view.queue.getListDataView().getItems().map(CallSummary::provisionId)).contains(school);

        // Once a call reaches the school, no more attempts.
        jdbc.sql("UPDATE call SET status = 'DONE', outcome = 'COMPLETED' WHERE provision_id = ? AND attempt = 3")
                .param(school.value()).update();
        assertRefused(() -> actions.addAttempt(added), "reached the school today already");
        assertRefused(() -> actions.callBackAt(added, clock.instant().plus(Duration.ofMinutes(30))),
                "reached the school today already");
    }

    @Test
    void aQaReviewerIsRefusedUntilGivenTheSupervisorRoleAndAnOperatorIsRefused() {
        UserId op = accounts.createUser("wb-op", "Operator Wallboard", "wb-password-1", Role.OPERATOR, null);
        SignIn.as(users, contexts, "wb-op");
        assertThat(refusedPage()).contains("/live is not open to your role");
        assertThatThrownBy(() -> actions.setOffline(op)).isInstanceOf(AccessDeniedException.class);

        UserId qa = accounts.createUser("wb-qa-sup", "QA Supervisor", "wb-password-1", Role.QA, null);
        SignIn.as(users, contexts, "wb-qa-sup");
        assertThat(refusedPage()).contains("/live is not open to your role");
        assertThatThrownBy(() -> actions.setOffline(op)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, contexts, "wb-qa");
        assertThatThrownBy(() -> actions.setOffline(op)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, contexts, "wb-sup");
        accounts.grantRole(qa, Role.SUPERVISOR);
        assertThat(accounts.extraRoles(qa)).containsExactly(Role.SUPERVISOR);
        assertThat(audit.count("grant-role", "user", "wb-qa-sup")).isEqualTo(1);
        assertThatThrownBy(() -> accounts.grantRole(qa, Role.AUTHORITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a staff role");

        SignIn.as(users, contexts, "wb-qa-sup");
        assertThat(navigate(WallboardView.class)).isNotNull();
        // Past the role check: refused for what the operator is doing, not for who asks.
        assertRefused(() -> actions.setOffline(op), "never been ready, so is offline already");
        SignIn.as(users, contexts, "wb-qa");
        assertThat(refusedPage()).as("the other QA reviewer still is refused").contains("is not open to your role");
    }

    @Test
    void anOperatorsChangeReachesAnOpenWallboardByPush() {
        WallboardView view = navigate(WallboardView.class);
        assertThat(view.telephony.getText()).isEqualTo("Telephone exchange: reachable; the dialler is offering "
                + "calls.");
        UserId eve = OperatorCalls.readyOperator(accounts, desk, "wb-eve", "wb-eve");
        awaitScreen(() -> state(view, eve).equals(Optional.of(OperatorStatus.READY)));
        schoolWithItsCallDue("Wallboard Nursery");
        awaitScreen(() -> state(view, eve).equals(Optional.of(OperatorStatus.RESERVED)));
        assertThat(view.queue.getListDataView().getItems().filter(c -> eve.equals(c.operatorId())).count())
                .isEqualTo(1);
        actions.setOffline(eve);
        awaitScreen(() -> state(view, eve).equals(Optional.of(OperatorStatus.OFFLINE)));
        assertThat(view.figures.getText()).startsWith("Today so far: ");
    }

    private static Optional<OperatorStatus> state(WallboardView view, UserId operator) {
        return view.operators.getListDataView().getItems().filter(o -> o.id().equals(operator))
                .map(OperatorNow::status).findFirst();
    }

    private String refusedPage() {
        Component page = navigate("live", Component.class);
        assertThat(page).isNotInstanceOf(WallboardView.class);
        return page.getElement().getTextRecursively();
    }

    private ProvisionId schoolWithItsCallDue(String name) {
        schools++;
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 96088" + schools), "Mrs Board", "heron", Frequency.DAILY,
                null, openNow(clock)));
        var child = directory.createChild(new NewChild(authority, null, "Wendy", "Board" + (char) ('a' + schools),
                today.minusYears(8), 3, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(5));
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(today).stream()
                .anyMatch(c -> c.provisionId().equals(school)));
        return school;
    }

    private CallSummary dueCallOf(ProvisionId school) {
        return calls.onDate(LocalDate.now(clock)).stream().filter(c -> c.provisionId().equals(school)
                && c.status() == CallStatus.DUE).findFirst().orElseThrow();
    }

    private CallSummary offeredTo(UserId operator) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.currentCall(operator).filter(c -> c.status() == CallStatus.OFFERED),
                        Optional::isPresent).orElseThrow();
    }

    private long audited(String action, String subject) {
        return audit.count(action, "user", subject);
    }

    private static void assertRefused(Runnable action, String why) {
        assertThatThrownBy(action::run).isInstanceOf(CallRefusedException.class).hasMessageContaining(why);
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Push.deliver();
            return condition.get();
        });
    }
}
