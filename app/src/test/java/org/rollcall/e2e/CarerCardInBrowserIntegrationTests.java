package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
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
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Trigger;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium, by keyboard: a carer call pops up as the carer card (child, school, absence, carer, script with the
 * recording notice), the operator types the carer's reason and saves it with Alt+M. axe-core finds nothing serious.
 */
@RollcallIntegrationTest
// a context of its own: carer calls left due here must not reach other tests' operators
@TestPropertySource(properties = "rollcall.demo.seed=17020")
class CarerCardInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.ContainsTextOptions PUSH = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(60_000);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EscalationSettings settings;
    @Autowired Clock clock;

    @Test
    void theOperatorTakesACarerCallFromTheKeyboard() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-browser-carer", "Operator Carer", "carer-password-1", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Browser Carer Borough", Nation.ENGLAND, "961");
        ProvisionId school = directory.createProvision(new NewProvision("Meadow Lane Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960961"), "Mrs Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        ChildId child = directory.createChild(new NewChild(authority, null, "Riley", "Brook", today.minusYears(10),
                5, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(40));
        directory.addContact(child, ContactRole.CARER, "Morgan Ash", UkPhoneNumber.parse("07700 900961"), null);
        directory.addContact(child, ContactRole.SOCIAL_WORKER, "Sam Reed", null, "sam.reed@browser-carer.example.org");
        attendance.record(new RecordMark(child, school, today, Session.AM, "O", "no contact from home", null, null,
                "op-school"));

        Page page = signIn("op-browser-carer", "carer-password-1");
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/workspace"));
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        page.keyboard().press("Alt+r");
        // Ready, or already past it: the due call may be offered the moment the operator is ready.
        assertThat(page.locator("#operator-status")).not().hasText("You are offline");
        assertThat(page.locator("#carer-card")).containsText("Carer call: Riley Brook", PUSH);
        assertThat(page.locator("#carer-card")).containsText("School's reason: no contact from home");
        assertThat(page.locator("#carer-card")).containsText("Ask for: Morgan Ash");
        assertThat(page.locator("#carer-card")).containsText("Before we start: this call is recorded");
        Axe.assertAccessible(page, "workspace-carer-card");

        page.keyboard().press("Alt+s");
        assertThat(page.locator("#call-status")).containsText("Connected", PUSH);
        page.locator("#carer-reason textarea").focus();
        page.keyboard().type("Riley was sick overnight; back tomorrow");
        page.keyboard().press("Alt+m");
        await().atMost(Duration.ofSeconds(20)).until(() -> escalations.find(child, today,
                Trigger.UNAUTHORISED_ABSENCE).orElseThrow().state() == EscalationState.SOCIAL_WORKER_TOLD);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "workspace-carer-card-saved.png")));
        Axe.assertAccessible(page, "workspace-carer-card-saved");
        page.keyboard().press("Alt+h");
        assertThat(page.locator("#call-status")).containsText("choose the outcome", PUSH);

        // The child's authority reads what followed, from the keyboard.
        accounts.createUser("la-browser-carer", "Browser Carer LA", "la-carer-password", Role.AUTHORITY, authority);
        Page la = signIn("la-browser-carer", "la-carer-password");
        la.waitForURL(url -> !url.contains("login"));
        la.navigate(url("/follow-ups"));
        assertThat(la.locator("#follow-ups-grid")).containsText("Riley Brook");
        assertThat(la.locator("#follow-ups-grid")).containsText("Social worker told");
        Locator timeline = la.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Open the timeline of Riley Brook, .*")));
        timeline.focus();
        la.keyboard().press("Enter");
        assertThat(la.locator("#follow-up-timeline")).containsText("Carer's reason heard: The carer, Morgan Ash, "
                + "said: \u201cRiley was sick overnight; back tomorrow\u201d");
        assertThat(la.locator("#follow-up-timeline")).containsText("Social worker told: Emailed the social worker, "
                + "Sam Reed");
        Axe.assertAccessible(la, "follow-ups");

        // And in the child's record on the extranet, opened from the keyboard.
        la.navigate(url("/extranet"));
        Locator record = la.getByLabel("Open the record of Riley Brook");
        record.focus();
        la.keyboard().press("Enter");
        assertThat(la.locator("#child-follow-ups")).containsText("Unauthorised absence, O (Other or unknown "
                + "reason), at Meadow Lane Primary \u2014 Social worker told");
        assertThat(la.locator("#child-follow-ups")).containsText("Carer's reason heard: The carer, Morgan Ash, said: "
                + "\u201cRiley was sick overnight; back tomorrow\u201d");
        la.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "extranet-child-record-follow-ups.png")));
        Axe.assertAccessible(la, "extranet-child-record-follow-ups");
    }

    @Test
    void theOperatorTellsASocialWorkerByPhoneFromTheKeyboard() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-browser-sw", "Operator Social", "sw-password-1", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Browser Phone Borough", Nation.ENGLAND, "962");
        settings.set(authority, null, null, "call", "test");
        ProvisionId school = directory.createProvision(new NewProvision("Brook Street Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960962"), "Mr Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        ChildId child = directory.createChild(new NewChild(authority, null, "Jordan", "Vale", today.minusYears(9),
                4, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(40));
        // No number for the carer: the social worker is told at once, by phone as this authority prefers.
        directory.addContact(child, ContactRole.CARER, "Dee Carer", null, "dee.carer@browser-phone.example.org");
        directory.addContact(child, ContactRole.SOCIAL_WORKER, "Kim Hart", UkPhoneNumber.parse("0117 496 0962"),
                "kim.hart@browser-phone.example.org");
        attendance.record(new RecordMark(child, school, today, Session.AM, "O", "did not arrive", null, null,
                "op-school"));

        await().atMost(Duration.ofSeconds(20)).until(() -> escalations.find(child, today,
                Trigger.UNAUTHORISED_ABSENCE).map(e -> e.state() == EscalationState.SOCIAL_WORKER_CALL_DUE)
                .orElse(false));
        Page page = signIn("op-browser-sw", "sw-password-1");
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/workspace"));
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        page.keyboard().press("Alt+r");
        // Ready, or already past it: the due call may be offered the moment the operator is ready.
        assertThat(page.locator("#operator-status")).not().hasText("You are offline");
        assertThat(page.locator("#social-worker-card")).containsText("Social worker call: Jordan Vale", PUSH);
        assertThat(page.locator("#social-worker-card")).containsText("Ask for: Kim Hart");
        assertThat(page.locator("#social-worker-card")).containsText("School: Brook Street Primary");
        assertThat(page.locator("#social-worker-card")).containsText("this call is recorded");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "workspace-social-worker-card.png")));
        Axe.assertAccessible(page, "workspace-social-worker-card");

        page.keyboard().press("Alt+s");
        assertThat(page.locator("#call-status")).containsText("Connected", PUSH);
        page.locator("#social-worker-note textarea").focus();
        page.keyboard().type("Kim will visit the placement this afternoon");
        page.keyboard().press("Alt+m");
        await().atMost(Duration.ofSeconds(20)).until(() -> escalations.find(child, today,
                Trigger.UNAUTHORISED_ABSENCE).orElseThrow().state() == EscalationState.SOCIAL_WORKER_TOLD);
        org.assertj.core.api.Assertions.assertThat(escalations.timeline(escalations.find(child, today,
                Trigger.UNAUTHORISED_ABSENCE).orElseThrow().id()).getLast().said()).contains("by phone")
                .contains("Kim will visit the placement this afternoon");
        page.keyboard().press("Alt+h");
        assertThat(page.locator("#call-status")).containsText("choose the outcome", PUSH);
    }
}
