package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.ClosedSessions;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

/**
 * An operator hears on the call that the school is closed this afternoon and records it from the call screen: a bad
 * range is refused in the dialog, a good one marks the closed session # for the child, and the call then has
 * nothing left to ask for that session.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.demo.seed=9001") // a context of its own: no other test's calls come here
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceClosureIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired CalendarAdmin calendar;
    @Autowired Clock clock;

    private AuthorityId authority;
    private ProvisionId school;

    @BeforeAll
    void aSchoolWhoseWindowIsOpen() {
        accounts.createUser("op-shut", "Operator Shut", "operator-password-2", Role.OPERATOR, null);
        LocalDate today = LocalDate.now(clock);
        authority = directory.createAuthority("Shutdown Borough", Nation.ENGLAND, "878");
        school = directory.createProvision(new NewProvision("Shutdown Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960878"), "Mr Shut", null, Frequency.DAILY, null,
                openNow(clock)));
        directory.place(directory.createChild(new NewChild(authority, null, "Ivy", "Indoors", today.minusYears(9),
                4, Cohort.LAC, true, SenStatus.NONE)), school, PlacementKind.ON_ROLL, today.minusDays(5));
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "op-shut");
    }

    @Test
    void theOperatorRecordsAnAfternoonClosureHeardOnTheCall() {
        LocalDate today = LocalDate.now(clock);
        WorkspaceView view = navigate(WorkspaceView.class);
        test(view.readyToggle).click();
        awaitScreen(() -> view.marks != null);
        assertThat($(ProvisionPanel.class).single().getElement().getTextRecursively())
                .contains("Afternoon call", "ask for AM and PM of " + org.rollcall.platform.ui.HumanDates.day(today));

        test($(Button.class).withText("School closed? Record it (Alt+C)").single()).click();
        ClosureDialog dialog = $(ClosureDialog.class).single();
        test(dialog.from).setValue(today.plusDays(1));
        test(dialog.to).setValue(today);
        test(dialog.record).click();
        assertThat(dialog.problem.getText()).startsWith("Not recorded: the closure's last day");
        assertThat(calendar.closures(school)).isEmpty();

        test(dialog.from).setValue(today);
        test(dialog.to).setValue(today);
        dialog.sessions.setValue(ClosedSessions.PM);
        test(dialog.record).click();
        assertThat(calendar.closures(school)).singleElement().satisfies(c -> {
            assertThat(c.recordedBy()).isEqualTo("op-shut");
            assertThat(c.sessions()).isEqualTo(ClosedSessions.PM);
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> attendance.currentMarks(authority, today).stream()
                .anyMatch(m -> m.code().equals("#") && m.session() == org.rollcall.attendance.Session.PM));
        // The card is shown again: the afternoon session is closed, so only the morning is left to ask for.
        assertThat($(ProvisionPanel.class).single().getElement().getTextRecursively())
                .contains("ask for AM of " + org.rollcall.platform.ui.HumanDates.day(today));
        assertThat(view.marks.rows().getFirst().fields()).hasSize(1);
        assertThat(attendance.currentMarks(authority, today)).extracting(Mark::code).containsExactly("#");
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            org.rollcall.support.Push.deliver();
            return condition.get();
        });
    }
}
