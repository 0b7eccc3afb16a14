package org.rollcall.escalation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
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
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.Trigger;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;

/** The "Follow-ups" screen: an authority sees its own children's escalations and their timelines, no one else's. */
@RollcallIntegrationTest
// one context for the escalation tests without robots: their carer calls stay due, for no other test's operator
@TestPropertySource(properties = "rollcall.demo.seed=17017")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpsViewIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired Clock clock;

    private ChildId child;
    private LocalDate today;

    @BeforeAll
    void anUnauthorisedAbsenceInOneAuthority() {
        today = LocalDate.now(clock);
        AuthorityId mine = directory.createAuthority("Follow Shire", Nation.ENGLAND, "971");
        AuthorityId theirs = directory.createAuthority("Unrelated Shire", Nation.ENGLAND, "972");
        accounts.createUser("la-follow", "Follow LA", "la-follow-password", Role.AUTHORITY, mine);
        accounts.createUser("la-unrelated", "Unrelated LA", "la-unrelated-password", Role.AUTHORITY, theirs);
        accounts.createUser("sup-follow-view", "Supervisor", "sup-follow-password", Role.SUPERVISOR, null);
        ProvisionId school = directory.createProvision(new NewProvision("Follow Academy", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960971"), "Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        child = directory.createChild(new NewChild(mine, null, "Frankie", "Follow", today.minusYears(11), 6,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(10));
        directory.addContact(child, ContactRole.CARER, "Chris Carer", UkPhoneNumber.parse("07700 900971"), null);
        attendance.record(new RecordMark(child, school, today, Session.PM, "N", "not known yet", null, null,
                "op-follow"));
        await().atMost(Duration.ofSeconds(20)).until(() -> escalations.find(child, today,
                Trigger.UNAUTHORISED_ABSENCE).map(e -> escalations.timeline(e.id()).size() >= 2).orElse(false));
    }

    @Test
    void theChildsAuthoritySeesTheEscalationAndOpensItsTimeline() {
        SignIn.as(users, contexts, "la-follow");
        FollowUpsView view = navigate(FollowUpsView.class);
        List<FollowUpView> rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).singleElement().satisfies(f -> {
            assertThat(f.child()).isEqualTo("Frankie Follow");
            assertThat(f.trigger()).isEqualTo("Unauthorised absence");
            assertThat(f.state()).isEqualTo("Carer to be called");
        });
        test(view.grid).clickRow(0);
        assertThat(view.details.getElement().getTextRecursively())
                .contains("Unauthorised absence: Frankie Follow, Follow Academy, afternoon of")
                .contains("op-follow \u2014 Opened: The school marked N (Reason not yet established)")
                .contains("Rollcall \u2014 Carer call queued: Call 1 of 3 to the carer, Chris Carer");
    }

    @Test
    void anotherAuthoritySeesNothing() {
        SignIn.as(users, contexts, "la-unrelated");
        FollowUpsView view = navigate(FollowUpsView.class);
        assertThat(view.grid.getGenericDataView().getItems()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("Follow-ups for Unrelated Shire",
                "Nothing to follow up.");
    }

    @Test
    void supervisorsSeeItAmongTheOpenOnes() {
        SignIn.as(users, contexts, "sup-follow-view");
        assertThat(navigate(FollowUpsView.class).grid.getGenericDataView().getItems())
                .extracting(FollowUpView::child).contains("Frankie Follow");
    }
}
