package org.rollcall.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.extranet.ui.ExtranetView;
import org.rollcall.platform.ClockMode;
import org.rollcall.platform.SignedInUser;
import org.rollcall.qa.ui.CallsView;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.rollcall.workspace.ui.WorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The shell around every screen, server-side: each role's menu lists only the screens it may open, the navbar names
 * the screen, today on Rollcall's clock and how that clock differs from the wall, and a refused or unknown address
 * shows a readable page inside the shell (this runs in development mode, where Vaadin's own page lists every route).
 * The clock starts on Saturday 28 November 2026; weekend-as-weekday (on in tests) moves it to Monday the 30th.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.platform.clock-start=2026-11-28T10:00")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Accounts accounts;
    @Autowired DirectoryAdmin directory;
    @Autowired Clock clock;
    @Autowired SignedInUser signedIn;
    @Autowired AuthenticationContext authentication;

    @BeforeAll
    void oneUserPerRole() {
        var authority = directory.createAuthority("Shell Borough", Nation.ENGLAND, "871");
        accounts.createUser("shell-operator", "Operator Shell", "shell-password-1", Role.OPERATOR, null);
        accounts.createUser("shell-authority", "Virtual School head", "shell-password-1", Role.AUTHORITY, authority);
        accounts.createUser("shell-qa", "QA Shell", "shell-password-1", Role.QA, null);
        accounts.createUser("shell-admin", "Admin Shell", "shell-password-1", Role.ADMIN, null);
        accounts.createUser("shell-supervisor", "Supervisor Shell", "shell-password-1", Role.SUPERVISOR, null);
    }

    @Test
    void anOperatorSeesTheWorkspaceOnlyAndTheNavbarSaysWhenAndWho() {
        SignIn.as(users, contexts, "shell-operator");
        navigate(WorkspaceView.class);
        assertThat(menu()).containsExactly("Workspace", "My reviews");

        ShellLayout shell = find(ShellLayout.class).single();
        assertThat(shell.title.getText()).isEqualTo("Workspace");
        assertThat(shell.today.getText()).isEqualTo("Monday 30 November 2026");
        assertThat(shell.today.isVisible()).isTrue();
        assertThat(shell.clockNotice.isVisible()).isTrue();
        assertThat(shell.clockNotice.getText()).contains("weekend shown as Monday");
        assertThat(shell.user.getText()).isEqualTo("Operator Shell · Operator");
        assertThat(shell.signOut.getText()).isEqualTo("Sign out");
        assertThat(shell.isDrawerOpened()).as("a menu of two starts open").isTrue();
        assertThat(UI.getCurrent().getLocale()).as("24-hour pickers, day-month-year dates").isEqualTo(Locale.UK);
    }

    @Test
    void anAuthorityUserSeesTheirExtranetTitledWithTheirAuthorityAndTheDay() {
        SignIn.as(users, contexts, "shell-authority");
        navigate(ExtranetView.class);
        assertThat(menu()).containsExactly("Dashboard", "Today's attendance", "Attendance statistics", "Reports",
                "Report emails", "Marks from schools", "Follow-ups", "Changes heard", "Not on roll", "Webhooks");
        ShellLayout shell = find(ShellLayout.class).single();
        assertThat(shell.title.getText()).isEqualTo("Shell Borough · Monday 30 November 2026");
        assertThat(shell.today.isVisible()).as("the day, once: in the title").isFalse();
        assertThat(find(ShellLayout.class).single().user.getText()).isEqualTo("Virtual School head · Authority user");
    }

    @Test
    void aSupervisorAlsoSeesTheOpenFollowUps() {
        SignIn.as(users, contexts, "shell-supervisor");
        navigate(CallsView.class);
        assertThat(menu()).containsExactly("Live day", "Capacity plan", "Calls", "Review queue", "Follow-ups",
                "Schools to introduce");
    }

    @Test
    void qaSupervisorsAndAdminsSeeTheCallsOfTheDay() {
        // The menu is built with the shell, once per UI: the admin's own menu is checked in a test of its own.
        for (String user : List.of("shell-qa", "shell-supervisor")) {
            SignIn.as(users, contexts, user);
            navigate(CallsView.class);
            assertThat(menu()).as(user).containsExactly("Calls", "Review queue");
            assertThat(find(ShellLayout.class).single().title.getText()).isEqualTo("Calls on Monday 30 November 2026");
        }
    }

    @Test
    void anAdministratorAlsoHasTheOutboxAndMailbox() {
        SignIn.as(users, contexts, "shell-admin");
        navigate(CallsView.class);
        assertThat(menu()).containsExactly("Live day", "Capacity plan", "Marks from schools", "Calls",
                "Review queue", "Follow-ups",
                "Schools to introduce", "Outbox and mailbox", "Contacts to update", "Introduction letters",
                "Scorecard template", "Who saw which child", "Data protection", "Authorities", "Provisions",
                "Children", "People", "API tokens", "Imports");
        assertThat(find(ShellLayout.class).single().isDrawerOpened()).as("a menu of two starts open").isTrue();
    }

    @Test
    void aRefusedScreenSaysSoAndListsNoRoutes() {
        SignIn.as(users, contexts, "shell-operator");
        NoAccessView page = navigate("calls", NoAccessView.class);
        assertThat(find(ShellLayout.class).single().title.getText()).isEqualTo("You do not have access to this page");
        assertThat(page.explanation.getText()).isEqualTo(
                "/calls is not open to your role (Operator). If you need it for your work, ask an administrator.");
        assertThat(page.home.getHref()).isEqualTo(".");
        assertNoRouteListed(page);
        assertThat(menu()).containsExactly("Workspace", "My reviews");
    }

    @Test
    void anUnknownAddressIsPageNotFoundInsideTheShell() {
        SignIn.as(users, contexts, "shell-qa");
        NotFoundView page = navigate("no-such-screen", NotFoundView.class);
        assertThat(find(ShellLayout.class).single().title.getText()).isEqualTo("Page not found");
        assertThat(page.explanation.getText()).startsWith("There is no page at /no-such-screen.");
        assertNoRouteListed(page);
        assertThat(menu()).containsExactly("Calls", "Review queue");
    }

    @Test
    void onTheWallClockThereIsNoBadge() {
        SignIn.as(users, contexts, "shell-operator");
        navigate(WorkspaceView.class);
        ShellLayout real = new ShellLayout(clock, ClockMode.real(), signedIn, authentication);
        assertThat(real.clockNotice.isVisible()).isFalse();
    }

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private static void assertNoRouteListed(ErrorPage page) {
        assertThat(page.getElement().getTextRecursively()).doesNotContain("workspace", "extranet", "calls/review",
                "login");
    }
}
