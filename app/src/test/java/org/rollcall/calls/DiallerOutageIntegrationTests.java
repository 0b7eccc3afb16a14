package org.rollcall.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
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
import org.rollcall.qa.ui.CallsView;
import org.rollcall.support.Push;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.simulated.SimulatedExchange;
import org.rollcall.workspace.ui.WorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

/**
 * Issue 10, item 5, on the simulated exchange: while the exchange is down the dialler pauses and says so on
 * operators' and supervisors' screens, and resumes by itself; a call refused because the exchange is down, or whose
 * operator's own phone fails, uses up none of the school's attempts. One attempt per school here, so an attempt
 * wrongly counted would leave the school unreached; retries an hour away, so only an immediate re-offer is seen.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.calls.max-attempts=1", "rollcall.calls.retry-delay=1h"})
class DiallerOutageIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired CallLog calls;
    @Autowired DiallerStatus dialler;
    @Autowired Telephony telephony;
    @Autowired Clock clock;

    private SimulatedExchange exchange() {
        return (SimulatedExchange) telephony;
    }

    @AfterEach
    void exchangeBack() {
        exchange().comeBack();
    }

    @Test
    void whileTheExchangeIsDownNothingIsOfferedBothScreensSaySoAndDiallingResumesByItself() {
        exchange().goDown();
        ProvisionId school = school("Outage Primary", "01632 960501");
        accounts.createUser("down-op", "Down Operator", "operator-password-1", Role.OPERATOR, null);
        accounts.createUser("down-sup", "Down Supervisor", "supervisor-password-1", Role.SUPERVISOR, null);
        SignIn.as(users, contexts, "down-op");
        navigate(WorkspaceView.class);
        test($(Button.class).withText("Ready (Alt+R)").single()).click();

        awaitScreen(() -> diallerStatus().startsWith("Dialling paused since "));
        assertThat(diallerStatus()).contains("the telephone exchange (simulated) cannot be reached",
                "Calls resume by themselves when it is back; no school loses an attempt meanwhile.");
        // Several dialler rounds with a ready operator and a due call: nothing is offered, nothing dialled.
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(attempts(school)).singleElement().satisfies(call -> {
            assertThat(call.status()).isEqualTo(CallStatus.DUE);
            assertThat(call.operatorName()).isNull();
        });

        SignIn.as(users, contexts, "down-sup");
        navigate(CallsView.class);
        assertThat(diallerStatus()).startsWith("Dialling paused since ");
        exchange().comeBack();
        awaitScreen(() -> diallerStatus().isEmpty());

        CallSummary offered = await().atMost(Duration.ofSeconds(30)).until(() -> attempts(school).getFirst(),
                call -> call.status() == CallStatus.OFFERED);
        assertThat(offered.operatorName()).isEqualTo("down-op");
        assertThat(offered.attempt()).isEqualTo(1);
    }

    @Test
    void aCallStartedWhileTheExchangeIsDownGoesBackToTheQueueWithoutUsingAnAttempt() {
        ProvisionId school = school("Refused Primary", "01632 960502");
        UserId operator = accounts.createUser("refused-op", "Refused Operator", "operator-password-1",
                Role.OPERATOR, null);
        desk.ready(operator, "refused-op", "refused-op");
        try {
            CallSummary first = offered(school);
            // As the PBX restarting between the offer and the operator pressing Start ("not connected to Asterisk").
            exchange().goDown();
            assertThatThrownBy(() -> desk.start(first.id(), operator)).isInstanceOf(CallRefusedException.class)
                    .hasMessageContaining("the telephone exchange cannot be reached")
                    .hasMessageContaining("back in the queue and has used no attempt");
            CallSummary back = calls.find(first.id()).orElseThrow();
            assertThat(back.status()).isEqualTo(CallStatus.DUE);
            assertThat(back.attempt()).isEqualTo(1);
            assertThat(back.operatorId()).isNull();
            assertThat(desk.status(operator)).isEqualTo(OperatorStatus.READY);

            exchange().comeBack();
            CallSummary again = offered(school);
            assertThat(again.id()).isEqualTo(first.id());
            completeCall(again, operator);
            assertThat(attempts(school)).singleElement().satisfies(call -> {
                assertThat(call.attempt()).isEqualTo(1);
                assertThat(call.outcome()).isEqualTo(CallOutcome.COMPLETED);
            });
        } finally {
            leave(operator);
        }
    }

    @Test
    void anOperatorWhosePhoneDoesNotAnswerIsSetOfflineWithTheReasonAndTheSchoolGoesToAnotherWithoutUsingAnAttempt() {
        exchange().operatorPhoneFails("dead-phone", "operator leg not answered (reason 3)");
        try {
            ProvisionId school = school("Dead Phone Primary", "01632 960503");
            accounts.createUser("dead-phone", "Dead Phone", "operator-password-1", Role.OPERATOR, null);
            SignIn.as(users, contexts, "dead-phone");
            navigate(WorkspaceView.class);
            test($(Button.class).withText("Ready (Alt+R)").single()).click();
            awaitScreen(() -> $(Button.class).withText("Start call (Alt+S)").single().isEnabled());
            test($(Button.class).withText("Start call (Alt+S)").single()).click();

            awaitScreen(() -> operatorStatus().startsWith("You are offline: "));
            assertThat(operatorStatus()).matches("You are offline: your phone did not answer at \\d\\d:\\d\\d \\(the "
                    + "exchange said: operator leg not answered \\(reason 3\\)\\)\\. Check your phone, then press "
                    + "Ready \\(Alt\\+R\\)");
            assertThat($(Button.class).withText("Ready (Alt+R)").all()).hasSize(1);
            CallSummary failed = attempts(school).getFirst();
            assertThat(failed.status()).isEqualTo(CallStatus.REQUEUED);
            assertThat(failed.endCause()).isEqualTo("the operator's phone: operator leg not answered (reason 3)");

            UserId colleague = accounts.createUser("live-phone", "Live Phone", "operator-password-1",
                    Role.OPERATOR, null);
            desk.ready(colleague, "live-phone", "live-phone");
            try {
                CallSummary again = offered(school);
                assertThat(again.attempt()).as("the failed leg was not counted").isEqualTo(1);
                assertThat(again.operatorName()).isEqualTo("live-phone");
                completeCall(again, colleague);
            } finally {
                leave(colleague);
            }
            assertThat(attempts(school)).extracting(CallSummary::attempt, CallSummary::status, CallSummary::outcome)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, CallStatus.REQUEUED, null),
                            org.assertj.core.groups.Tuple.tuple(1, CallStatus.DONE, CallOutcome.COMPLETED));
            assertThat(desk.status(accounts.findUser("dead-phone").orElseThrow().userId()))
                    .isEqualTo(OperatorStatus.OFFLINE);
        } finally {
            exchange().operatorPhoneWorks("dead-phone");
        }
    }

    @Test
    void aCallGivenUpBeforeTheSchoolWasDialledIsTriedAgainWithTheSameAttempt() {
        ProvisionId school = school("Undialled Primary", "01632 960504");
        UserId operator = accounts.createUser("undialled-op", "Undialled Operator", "operator-password-1",
                Role.OPERATOR, null);
        desk.ready(operator, "undialled-op", "undialled-op");
        try {
            CallSummary first = offered(school);
            desk.wrapUp(first.id(), operator, CallOutcome.FAILED, null);
        } finally {
            leave(operator);
        }
        assertThat(attempts(school)).extracting(CallSummary::attempt, CallSummary::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, CallStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple(1, CallStatus.DUE));
    }

    /** Out of the queue, so other tests' calls go to their own operators; a refusal must not hide a failure. */
    private void leave(UserId operator) {
        try {
            desk.offline(operator);
        } catch (CallRefusedException e) {
            // still holding a call: the test has failed already and says why
        }
    }

    private void completeCall(CallSummary call, UserId operator) {
        desk.start(call.id(), operator);
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.find(call.id()).orElseThrow().status()
                == CallStatus.CONNECTED);
        desk.hangUp(call.id(), operator);
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.find(call.id()).orElseThrow().status()
                == CallStatus.WRAP_UP);
        desk.wrapUp(call.id(), operator, CallOutcome.COMPLETED, null);
    }

    private ProvisionId school(String name, String phone) {
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mrs Office", null, Frequency.DAILY, null,
                openNow(clock)));
        AuthorityId authority = directory.createAuthority(name + " Borough", Nation.ENGLAND, "8" + phone.substring(10));
        directory.place(directory.createChild(new NewChild(authority, null, "Olive", "Outage",
                LocalDate.now(clock).minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE)), school,
                PlacementKind.ON_ROLL, LocalDate.now(clock).minusDays(1));
        return school;
    }

    private CallSummary offered(ProvisionId school) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> attempts(school).stream().filter(c -> c.status() == CallStatus.OFFERED).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
    }

    private List<CallSummary> attempts(ProvisionId school) {
        return calls.onDate(LocalDate.now(clock)).stream().filter(c -> c.provisionId().equals(school))
                // In the order they were offered; one not offered yet comes last.
                .sorted(Comparator.comparing(CallSummary::offeredAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private String diallerStatus() {
        return $(Span.class).id("dialler-status").getText();
    }

    private String operatorStatus() {
        return $(Span.class).id("operator-status").getText();
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Push.deliver();
            return condition.get();
        });
    }
}
