package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallOutcome;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
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
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.Trigger;
import org.rollcall.support.Push;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;

/** An operator takes a carer call from the carer card; a school's card says an exclusion letter is outstanding. */
@RollcallIntegrationTest
// a context of its own: carer calls left due here must not reach other tests' operators
@TestPropertySource(properties = "rollcall.demo.seed=17019")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceCarerCallIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired org.rollcall.directory.Directory reads;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EscalationSettings settings;
    @Autowired Clock clock;

    private AuthorityId authority;
    private ProvisionId lateSchool;
    private ChildId absent;
    private LocalDate today;

    @BeforeAll
    void anOperatorAndAnAbsentChildWithACarer() {
        accounts.createUser("op-carer", "Operator Carer", "operator-password-1", Role.OPERATOR, null);
        today = LocalDate.now(clock);
        authority = directory.createAuthority("Carer Card Borough", Nation.ENGLAND, "951");
        lateSchool = directory.createProvision(new NewProvision("Carer Card Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960951"), "Mrs Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        absent = child("Casey", "Card", lateSchool);
        directory.addContact(absent, ContactRole.CARER, "Jo Foster", UkPhoneNumber.parse("07700 900951"), null);
        directory.addContact(absent, ContactRole.SOCIAL_WORKER, "Alex Worker", null, "alex@carer-card.example.org");
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "op-carer");
    }

    @Test
    @Order(1)
    void theCarerCardPopsUpAndTheOperatorSavesTheCarersReason() {
        attendance.record(new RecordMark(absent, lateSchool, today, Session.AM, "N", "no call from home", null,
                null, "op-school"));
        WorkspaceView view = navigate(WorkspaceView.class);
        test(view.readyToggle).click();
        awaitScreen(() -> view.carer != null);
        assertThat(view.marks).isNull();
        String card = $(CarerPanel.class).single().getElement().getTextRecursively();
        assertThat(card).contains("Carer call: Casey Card", "attempt 1 of 3", "School: Carer Card Primary",
                "Absence: N (Reason not yet established), morning of", "School's reason: no call from home",
                "Ask for: Jo Foster", "Phone: 07700900951", "this call is recorded");

        // Nothing heard yet: refused, and the escalation still waits for the carer.
        test(view.carer.save).click();
        assertThat(state()).isEqualTo(EscalationState.CARER_CALL_DUE);

        test(view.startCall).click();
        awaitScreen(() -> view.callStatus.getText().startsWith("Connected"));
        // A pasted right-to-left override is refused, and nothing is saved or sent.
        var before = state();
        test(view.carer.reason).setValue("Casey \u202Ehad a migraine");
        test(view.carer.save).click();
        assertThat(state()).isEqualTo(before);
        assertThat(escalations.find(absent, today, Trigger.UNAUTHORISED_ABSENCE).orElseThrow().carerReason()).isNull();
        assertThat(test($(Notification.class).last()).getText()).startsWith("the carer's reason contains an "
                + "invisible right-to-left override character (U+202E) at character 7");

        test(view.carer.reason).setValue("Casey had a migraine; back tomorrow");
        test(view.carer.save).click();
        assertThat(state()).isEqualTo(EscalationState.SOCIAL_WORKER_TOLD);
        assertThat(escalations.find(absent, today, Trigger.UNAUTHORISED_ABSENCE).orElseThrow().carerReason())
                .isEqualTo("Casey had a migraine; back tomorrow");
        // The school's code stands.
        assertThat(attendance.history(absent, today, Session.AM).getLast().code()).isEqualTo("N");

        // The carer gives a new mobile number: Change heard (Alt+G) on the carer call saves it for this child only.
        test($(com.vaadin.flow.component.button.Button.class).withId("change-heard-open").single()).click();
        assertThat($(com.vaadin.flow.component.select.Select.class).withId("change-about").single()
                .getListDataView().getItemCount()).isEqualTo(1);
        var phone = $(com.vaadin.flow.component.textfield.TextField.class).withId("change-phone").single();
        assertThat(phone.getValue()).isEqualTo("+447700900951");
        test(phone).setValue("07700 900959");
        test($(com.vaadin.flow.component.button.Button.class).withId("change-heard-save").single()).click();
        assertThat($(com.vaadin.flow.component.html.Span.class).withId("change-heard-status").single().getText())
                .endsWith("Casey Card, carer now Jo Foster \u00b7 07700 900959");
        assertThat(reads.childRecord(absent).orElseThrow().contacts()).filteredOn(c -> c.role()
                == ContactRole.CARER).extracting(c -> c.phone()).containsExactly("+447700900959");

        test(view.hangUp).click();
        awaitScreen(() -> view.wrapUp != null);
        assertThat(view.wrapUp.outcome.getValue()).isEqualTo(CallOutcome.COMPLETED);
        test(view.wrapUp.finish).click();
        assertThat(view.operatorStatus.getText()).isEqualTo("You are ready");
    }

    @Test
    @Order(2)
    void atAnAuthorityThatPrefersCallsTheSocialWorkerCardSaysTheEmailsWordsAndTheOperatorSavesTold() {
        AuthorityId phoning = directory.createAuthority("Phoning Borough", Nation.ENGLAND, "953");
        settings.set(phoning, null, null, "call", "admin");
        ChildId child = directory.createChild(new NewChild(phoning, null, "Sasha", "Phoned", today.minusYears(10), 5,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, lateSchool, PlacementKind.ON_ROLL, today.minusDays(20));
        directory.addContact(child, ContactRole.SOCIAL_WORKER, "Morgan Social", UkPhoneNumber.parse("0117 496 0953"),
                "morgan@phoning.example.org");
        // No carer on record: the social worker is to be told at once, and this authority says by a call.
        attendance.record(new RecordMark(child, lateSchool, today, Session.PM, "O", "no word from home", null, null,
                "op-school"));

        WorkspaceView view = navigate(WorkspaceView.class);
        awaitScreen(() -> view.socialWorker != null);
        assertThat(view.marks).isNull();
        assertThat(view.carer).isNull();
        String card = $(SocialWorkerPanel.class).single().getElement().getTextRecursively();
        assertThat(card).contains("Social worker call: Sasha Phoned", "attempt 1 of 3 to reach the social worker",
                "Ask for: Morgan Social", "Phone: 01174960953", "School: Carer Card Primary",
                "Mark: O (Other or unknown reason), afternoon of",
                "Before we start: this call is recorded",
                // the email's own words, filled in the same way
                "Unauthorised absence: Sasha P. at Carer Card Primary, Wednesday 2 December 2026",
                "Sasha P. was marked absent without authorisation at Carer Card Primary for the afternoon of "
                        + "Wednesday 2 December 2026",
                "The school's reason: no word from home",
                "Rollcall did not call the carer: no carer is on record for the child.");
        assertThat(card).doesNotContain("SOCIAL_WORKER", "UNAUTHORISED");

        test(view.startCall).click();
        awaitScreen(() -> view.callStatus.getText().startsWith("Connected"));
        test(view.socialWorker.note).setValue("Will visit the placement this afternoon");
        test(view.socialWorker.told).click();
        var e = escalations.find(child, today, Trigger.UNAUTHORISED_ABSENCE).orElseThrow();
        assertThat(e.state()).isEqualTo(EscalationState.SOCIAL_WORKER_TOLD);
        assertThat(escalations.timeline(e.id()).getLast()).satisfies(t -> {
            assertThat(t.step()).isEqualTo(Step.SOCIAL_WORKER_PHONED);
            assertThat(t.who()).isEqualTo("op-carer");
            assertThat(t.said()).isEqualTo("Told the social worker, Morgan Social, by phone on 01174960953: Rollcall "
                    + "did not call the carer: no carer is on record for the child. Note: \u201cWill visit the "
                    + "placement this afternoon\u201d");
        });
        assertThat(view.socialWorker.told.isEnabled()).isFalse();

        test(view.hangUp).click();
        awaitScreen(() -> view.wrapUp != null);
        test(view.wrapUp.finish).click();
        assertThat(view.operatorStatus.getText()).isEqualTo("You are ready");
        assertThat(escalations.timeline(e.id()).getLast().step()).isEqualTo(Step.SOCIAL_WORKER_PHONED);
    }

    @Test
    @Order(3)
    void aSchoolWithAnExclusionLetterOutstandingSaysSoOnItsCard() {
        ProvisionId open = directory.createProvision(new NewProvision("Letter Outstanding High", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960952"), "Mr Head", null,
                Frequency.DAILY, null, openNow(clock)));
        ChildId excluded = child("Ellis", "Excluded", open);
        attendance.record(new RecordMark(excluded, open, today, Session.AM, "E", "two-day suspension", null, null,
                "op-school"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !escalations.lettersOutstanding(open).isEmpty());

        WorkspaceView view = navigate(WorkspaceView.class);
        awaitScreen(() -> view.marks != null);
        assertThat($(ProvisionPanel.class).single().getElement().getTextRecursively())
                .contains("Letter Outstanding High", "Exclusion letter outstanding: Ellis Excluded, excluded "
                        + "Wednesday 2 December 2026: ask the school to send a copy");
    }

    private EscalationState state() {
        return escalations.find(absent, today, Trigger.UNAUTHORISED_ABSENCE).orElseThrow().state();
    }

    private ChildId child(String first, String last, ProvisionId school) {
        ChildId child = directory.createChild(new NewChild(authority, null, first, last, today.minusYears(9), 4,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(20));
        return child;
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Push.deliver();
            return condition.get();
        });
    }
}
