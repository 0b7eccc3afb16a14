package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.recording.Recordings;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The shell in Chromium, as each kind of user meets it: the menu lists only their screens, the navbar names the
 * screen and the day (and that the clock is a test clock), shortcuts and Tab still work inside the shell, a refused
 * or unknown address shows a readable page with no list of routes, and axe-core finds no serious or critical
 * violation on any page. The clock starts on Saturday 28 November 2026, run as Monday the 30th; a robot operator
 * takes one recorded call so the calls list, the review and the child record have something to show.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.platform.clock-start=2026-11-28T10:00",
        "rollcall.demo.robot-operators=1"})
class ShellInBrowserIntegrationTests extends InBrowser {

    private static final String PASSWORD = "shell-browser-1";
    private static final String MONDAY = "Monday 30 November 2026";

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired Clock clock;
    @Autowired Notifications notifications;
    @Autowired java.util.List<MessageKind> kinds;
    @Autowired TransactionTemplate tx;

    private CallSummary call;

    @BeforeAll
    void usersAndARecordedCall() {
        AuthorityId authority = directory.createAuthority("Browser Shire", Nation.ENGLAND, "872");
        accounts.createUser("op-shell", "Operator Shell", PASSWORD, Role.OPERATOR, null);
        accounts.createUser("vs-shell", "Virtual School head", PASSWORD, Role.AUTHORITY, authority);
        accounts.createUser("qa-shell", "QA Shell", PASSWORD, Role.QA, null);
        accounts.createUser("admin-shell", "Admin Shell", PASSWORD, Role.ADMIN, null);
        call = RecordedCalls.recordedCallTo(calls, recordings, clock,
                RecordedCalls.school(directory, clock, authority, "Shell Primary", "01632 960872"));
        // A message with a letter, so the admin's outbox and mailbox have something to show.
        MessageKind summary = kinds.stream().filter(k -> k.code().equals("daily-summary")).findFirst().orElseThrow();
        MessageId id = tx.execute(s -> notifications.queue(NewMessage.of(summary, authority,
                "vs@browser-shire.example.org", java.util.Map.of("schools", "1", "children", "1", "firstCall",
                        "10:01", "lastCall", "10:31"))));
        org.awaitility.Awaitility.await().until(() -> notifications.find(id).orElseThrow().status()
                == MessageStatus.SENT);
    }

    @Test
    void theLoginPageLinksTheIconAndIsAccessible() {
        Page page = anonymous();
        page.navigate(url("/workspace"));
        page.waitForURL(u -> path(u).equals("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("link[rel=icon][href='favicon.ico']")).hasCount(1);
        assertThat(page).hasTitle("Sign in · Rollcall");
        Axe.assertAccessible(page, "login");
    }

    @Test
    void anOperatorWorksInTheShellAndIsRefusedTheCallsReadably() {
        Page page = signInAndWait("op-shell", "/workspace");
        assertThat(menu(page)).containsExactly("Workspace", "My reviews");
        assertThat(page.locator("#shell-title")).hasText("Workspace");
        assertThat(page.locator("#shell-today")).hasText(MONDAY);
        assertThat(page.locator("#shell-clock-notice")).containsText("weekend shown as Monday");
        assertThat(page.locator("#shell-user")).hasText("Operator Shell · Operator");
        assertThat(page).hasTitle("Workspace · Rollcall");
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        assertThat(page.locator("vaadin-dev-tools, copilot-main")).hasCount(0);
        Axe.assertAccessible(page, "workspace");

        // The workspace's shortcuts still work inside the shell.
        page.keyboard().press("Alt+r");
        assertThat(page.locator("#operator-status")).hasText("You are ready");
        page.keyboard().press("Alt+r");
        assertThat(page.locator("#operator-status")).hasText("You are offline");

        page.navigate(url("/calls"));
        assertThat(page.locator("#shell-title")).hasText("You do not have access to this page");
        assertThat(page.locator("#error-explanation")).containsText("/calls is not open to your role (Operator)");
        assertNoRouteList(page);
        assertThat(menu(page)).containsExactly("Workspace", "My reviews");
        Axe.assertAccessible(page, "no-access");

        page.navigate(url("/no-such-screen"));
        assertThat(page.locator("#shell-title")).hasText("Page not found");
        assertNoRouteList(page);
        Axe.assertAccessible(page, "not-found");

        page.locator("#error-home").click();
        page.waitForURL(u -> path(u).equals("/workspace"));
        assertThat(page.locator("#shell-title")).hasText("Workspace");
    }

    @Test
    void anAuthorityUserOpensAChildRecordFromTheKeyboard() {
        Page page = signInAndWait("vs-shell", "/extranet");
        assertThat(menu(page)).containsExactly("Dashboard", "Today's attendance", "Attendance statistics", "Reports",
                "Report emails", "Marks from schools", "Follow-ups", "Changes heard", "Not on roll", "Webhooks");
        assertThat(page.locator("#shell-title")).hasText("Browser Shire · " + MONDAY);
        assertThat(page.locator("#attendance-grid")).containsText("Pip Shell-Primary");
        Axe.assertAccessible(page, "extranet");

        Locator record = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Open the record of Pip Shell-Primary"));
        record.focus();
        page.keyboard().press("Enter");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).hasAccessibleName("Pip Shell-Primary");
        assertThat(dialog).containsText("Cohort: Looked-after child");
        assertThat(dialog).containsText("SEN: No SEN");
        assertThat(dialog).containsText("On roll: Shell Primary from 29 November 2026");
        assertThat(dialog).containsText("Date of birth: 30 November 2018");
        Axe.assertAccessible(page, "extranet-child-record");
    }

    @Test
    void qaReviewsACallReachedByKeyboardFromTheCallsList() {
        Page page = signInAndWait("qa-shell", "/calls");
        assertThat(menu(page)).containsExactly("Calls", "Review queue");
        assertThat(page.locator("#shell-title")).hasText("Calls on " + MONDAY);
        Locator grid = page.locator("#calls-grid");
        assertThat(grid).containsText("Shell Primary");
        assertThat(grid).containsText("Completed");
        assertThat(grid).containsText("Stored");
        assertThat(grid).not().containsText(call.id().toString());
        Axe.assertAccessible(page, "calls");

        Locator review = page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Review the call to Shell Primary, attempt 1"));
        review.focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> path(u).equals("/calls/" + call.id()));
        assertThat(page.locator("#shell-title")).hasText("Call review");
        assertThat(page.locator("#call-summary")).containsText("Shell Primary · " + MONDAY);
        assertThat(page.locator("#call-summary")).containsText("Completed");
        // The calls entry stays current while one of its calls is reviewed.
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText("Calls");
        Axe.assertAccessible(page, "call-review");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "e2e",
                "call-review-scorecard.png")).setFullPage(true));

        // Back through the menu (its drawer starts open: two entries).
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Calls")).first().click();
        page.waitForURL(u -> path(u).equals("/calls"));
        assertThat(page.locator("#shell-title")).hasText("Calls on " + MONDAY);
    }

    @Test
    void anAdministratorSeesEveryScreenTheirRoleOpens() {
        Page page = signInAndWait("admin-shell", "/calls");
        assertThat(menu(page)).containsExactly("Live day", "Capacity plan", "Marks from schools", "Calls",
                "Review queue", "Follow-ups",
                "Schools to introduce", "Outbox and mailbox", "Contacts to update", "Introduction letters",
                "Scorecard template", "Who saw which child", "Data protection", "Authorities", "Provisions",
                "Children", "People", "API tokens", "Imports");
        assertThat(page.locator("#shell-user")).hasText("Admin Shell · Administrator");

        // The outbox and the embedded mailbox, reached from the menu (the drawer starts open: several entries).
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Outbox and mailbox")).click();
        page.waitForURL(u -> path(u).equals("/outbox"));
        assertThat(page.locator("#shell-title")).hasText("Outbox and mailbox");
        assertThat(page.locator("#outbox-grid")).containsText("Rollcall today: 1 schools to call for Browser Shire");
        assertThat(page.locator("#outbox-grid")).containsText("Sent");
        assertThat(page.locator("#mailbox-summary")).containsText("1 message received");
        Axe.assertAccessible(page, "outbox");

        // Open the received message from the keyboard: its text, its HTML in a frame, its letter to download.
        Locator open = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Open the message to vs@browser-shire.example.org: Rollcall today: 1 schools to call for "
                        + "Browser Shire"));
        open.focus();
        page.keyboard().press("Enter");
        Locator message = page.locator("#mailbox-message");
        assertThat(message).containsText("From Rollcall <rollcall@localhost.localdomain> to vs@browser-shire");
        assertThat(message.locator("iframe[sandbox]")).hasCount(1);
        assertThat(message.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile(
                        "Download daily-summary-2026-11-30\\.pdf \\(PDF, \\d+ KB\\)"))))
                .isVisible();
        Axe.assertAccessible(page, "outbox-message",
                java.util.List.of("#mailbox-message iframe[sandbox]"));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Sign out")).click();
        page.waitForURL(u -> path(u).equals("/login"));
    }

    private Page signInAndWait(String user, String home) {
        Page page = signIn(user, PASSWORD);
        // After signing in Spring Security adds "?continue" to the address.
        page.waitForURL(u -> path(u).equals(home));
        assertThat(page.locator("#shell-title")).not().isEmpty();
        return page;
    }

    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }

    private static java.util.List<String> menu(Page page) {
        // textContent: a closed drawer (a menu of one) still holds its entries.
        return page.locator("vaadin-side-nav-item").allTextContents().stream().map(String::strip).toList();
    }

    private static void assertNoRouteList(Page page) {
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("Available routes", "Could not navigate", "calls/review", "extranet");
    }
}
