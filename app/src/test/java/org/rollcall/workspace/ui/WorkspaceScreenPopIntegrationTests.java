package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.rollcall.attendance.Session;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.directory.AuthorityId;
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
import org.rollcall.support.OperatorCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.rollcall.support.SignIn;
import org.junit.jupiter.api.BeforeEach;

import com.vaadin.browserless.SpringBrowserlessTest;

/** The operator's screen, server-side: the offered call pops up by push, marks are keyed in, the call wrapped up. */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceScreenPopIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired CallLog calls;
    @Autowired OperatorDesk desk;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    private ChildId pupil;
    private AuthorityId authority;

    @BeforeAll
    void anOperatorAndASchoolWhoseWindowIsOpen() {
        accounts.createUser("op-it", "Operator IT", "operator-password-1", Role.OPERATOR, null);
        LocalDate today = LocalDate.now(clock);
        authority = directory.createAuthority("Screenpop Borough", Nation.ENGLAND, "877");
        ProvisionId school = directory.createProvision(new NewProvision("Screenpop Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960877"), "Mrs Register",
                "otter", Frequency.DAILY, null, openNow(clock)));
        pupil = directory.createChild(new NewChild(authority, null, "Poppy", "Popup", today.minusYears(7), 2,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(pupil, school, PlacementKind.ON_ROLL, today.minusDays(5));
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "op-it");
    }

    @Test
    void theOfferedCallPopsUpAndTheOperatorTakesTheMarks() {
        WorkspaceView view = navigate(WorkspaceView.class);
        assertThat(view.operatorStatus.getText()).isEqualTo("You are offline");

        test(view.readyToggle).click();
        // The dialler's round after Ready may already have reserved the school's call when the click returns.
        assertThat(view.operatorStatus.getText()).isIn("You are ready", "A call is reserved for you");

        // No reload, no click: the dialler's offer arrives by push.
        awaitScreen(() -> view.marks != null);
        assertThat(view.callStatus.getText()).contains("Call offered");
        assertThat($(ProvisionPanel.class).single().getElement().getTextRecursively())
                .contains("Screenpop Primary", "Mrs Register", "Password: otter");
        assertThat(view.marks.rows()).extracting(r -> r.child().child().fullName()).containsExactly("Poppy Popup");

        test(view.startCall).click();
        awaitScreen(() -> view.callStatus.getText().startsWith("Connected"));

        var row = view.marks.rows().getFirst();
        LocalDate today = LocalDate.now(clock);
        TextField amField = row.field(today, Session.AM);
        TextField pmField = row.field(today, Session.PM);
        test(amField).setValue("/");
        // The PM code is heard later in the call; each mark keeps its own moment in the recording.
        await().pollDelay(Duration.ofMillis(1100)).until(() -> true);
        test(pmField).setValue("I");
        test(view.marks.save).click();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("mark-status").single().getText())
                .contains("Nothing saved: Poppy Popup, PM: code 'I' is an absence");
        assertThat(attendance.currentMarks(authority, LocalDate.now(clock))).isEmpty();
        assertThat(pmField.isInvalid()).isTrue();
        assertThat(amField.isInvalid()).isFalse();
        test(row.reason()).setValue("Illness: carer rang at 10");
        test(view.marks.save).click();
        var saved = attendance.currentMarks(authority, LocalDate.now(clock));
        assertThat(saved).extracting(Mark::code).containsExactlyInAnyOrder("/", "I");
        Mark am = saved.stream().filter(m -> m.code().equals("/")).findFirst().orElseThrow();
        Mark pm = saved.stream().filter(m -> m.code().equals("I")).findFirst().orElseThrow();
        assertThat(am.reason()).isNull();
        assertThat(pm.reason()).isEqualTo("Illness: carer rang at 10");
        assertThat(pm.offsetSeconds()).isGreaterThan(am.offsetSeconds());

        test(view.hangUp).click();
        awaitScreen(() -> view.wrapUp != null);
        assertThat(view.wrapUp.outcome.getValue()).isEqualTo(CallOutcome.COMPLETED);
        test(view.wrapUp.finish).click();
        assertThat(view.operatorStatus.getText()).isEqualTo("You are ready");
        assertThat(calls.onDate(LocalDate.now(clock))).filteredOn(c -> "op-it".equals(c.operatorName()))
                .extracting(c -> c.outcome()).containsExactly(CallOutcome.COMPLETED);
        // Screen pushes stay out of the event publication registry: no row, no second transaction (ADR 0048).
        assertThat(jdbc.sql("SELECT DISTINCT listener_id FROM event_publication").query(String.class).list())
                .as("publications only for module listeners").isNotEmpty()
                .noneMatch(id -> id.contains("Broadcaster") || id.contains("LiveEventsPublisher")
                        || id.contains("RobotOperators"));
    }

    @AfterAll
    void noOperatorLeftReady() {
        // The shared context's later tests would have their schools' calls offered to op-it.
        OperatorCalls.goOffline(desk, accounts.findUser("op-it").orElseThrow().userId());
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            org.rollcall.support.Push.deliver();
            return condition.get();
        });
    }
}
