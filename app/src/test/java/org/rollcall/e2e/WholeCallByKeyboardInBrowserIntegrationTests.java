package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.challenges.RuleKind;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.Directory;
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
import org.rollcall.directory.Upn;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * Issue 13's whole school call in Chromium with the keyboard alone: Ready, Start, two children's marks with an
 * unauthorised code challenged and upheld, save, a social worker's new details and a missing UPN heard and saved,
 * hang up, wrap up; then the authority's user sees the challenge and both changes the same day. Focus moves only by
 * Tab and Shift+Tab, lists open with the arrow keys; nothing is clicked during the call.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.demo.seed=13013") // a context of its own: only this school's call
class WholeCallByKeyboardInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.ContainsTextOptions PUSH = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(60_000);
    /** What has the focus, in words: the field's own label, else the id of the component around it. */
    private static final String FOCUSED = """
            (() => { const a = document.activeElement; if (!a) return '';
              const group = a.closest('vaadin-radio-group');
              if (group) return group.getAttribute('aria-label') || '';
              const named = a.getAttribute('aria-label') || a.closest('[aria-label]')?.getAttribute('aria-label');
              const host = a.closest('vaadin-text-field, vaadin-select, vaadin-date-picker, vaadin-checkbox')
                  || a.closest('[id]');
              return (named || '') + ' #' + (host ? host.id : ''); })()""";

    @Autowired DirectoryAdmin admin;
    @Autowired Directory directory;
    @Autowired Accounts accounts;
    @Autowired ChallengeRules rules;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Clock clock;

    @Test
    void anOperatorTakesAWholeCallByKeyboardAndTheAuthoritySeesItTheSameDay() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = admin.createAuthority("Keyboard Borough", Nation.ENGLAND, "877");
        accounts.createUser("op-whole-call", "Operator Whole", "whole-call-password-1", Role.OPERATOR, null);
        accounts.createUser("la-whole-call", "Keyboard VS head", "whole-call-password-2", Role.AUTHORITY, authority);
        rules.set(authority, RuleKind.UNAUTHORISED_CODE, true, null, null, "whole call test");
        ProvisionId school = admin.createProvision(new NewProvision("Keyboard Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960877"), "Mrs Keys", null,
                Frequency.DAILY, null, org.rollcall.support.TestTimes.openNow(clock)));
        ChildId adam = child(authority, school, "Adam", "Ashby", today);
        ChildId bea = child(authority, school, "Bea", "Brook", today);
        admin.addContact(bea, ContactRole.SOCIAL_WORKER, "Alex Worker", UkPhoneNumber.parse("07700 900222"), null);
        String upn = Upn.withCheckLetter("877400001234");

        Page page = readyOperator("op-whole-call", "whole-call-password-1");
        assertThat(page.locator("#mark-entry")).containsText("Bea Brook", PUSH);
        assertThat(page.locator("#provision-card")).containsText("England codes");
        page.keyboard().press("Alt+s");
        assertThat(page.locator("#call-status")).containsText("Connected", PUSH);

        // Adam: an unauthorised code, challenged; the school upholds it.
        tabTo(page, "^Adam Ashby, .*\\(AM\\)", false);
        page.keyboard().type("O");
        assertThat(page.locator(".challenge-row").first()).containsText("is an unauthorised absence", PUSH);
        tabTo(page, "^Adam Ashby, .*\\(PM\\)", false);
        page.keyboard().type("O");
        tabTo(page, "^Reason for absence, Adam Ashby", false);
        page.keyboard().type("Not known to the school");
        for (String session : new String[] {"morning", "afternoon"}) { // each O is asked about
            tabTo(page, "^School's answer, Adam Ashby .*" + session, false);
            page.keyboard().press("Space"); // the first answer: Upheld
        }
        // Bea: present all day.
        tabTo(page, "^Bea Brook, .*\\(AM\\)", false);
        page.keyboard().type("/");
        tabTo(page, "^Bea Brook, .*\\(PM\\)", false);
        page.keyboard().type("\\");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).hasText("4 marks saved", new LocatorAssertions.HasTextOptions()
                .setTimeout(30_000));

        // Bea's social worker has changed: open the form, choose Bea, then the kind, with the arrow keys.
        tabTo(page, "#change-heard-open$", false);
        page.keyboard().press("Enter");
        page.waitForFunction("document.activeElement?.closest('#change-about') != null");
        tabTo(page, "#change-about$", false);
        choose(page, 1);
        tabTo(page, "#change-kind$", false);
        choose(page, 1); // Carer details → Social worker details
        assertThat(page.locator("#change-name input")).hasValue("Alex Worker");
        tabTo(page, "#change-name$", false);
        page.keyboard().press("Control+a");
        page.keyboard().type("Sasha Newworker");
        tabTo(page, "#change-phone$", false);
        page.keyboard().press("Control+a");
        page.keyboard().type("07700 900456");
        page.keyboard().press("Alt+g");
        assertThat(page.locator("#change-heard-status")).containsText("social worker now Sasha Newworker");

        // Adam's UPN was missing: the school reads it out.
        tabTo(page, "#change-about$", true);
        choose(page, -1);
        tabTo(page, "#change-kind$", false);
        choose(page, 3); // Carer → Social worker → SEN → Missing UPN
        tabTo(page, "#change-upn$", false);
        page.keyboard().type(upn);
        Axe.assertAccessible(page, "workspace-whole-call-by-keyboard");
        page.keyboard().press("Alt+g");
        assertThat(page.locator("#change-heard-status")).containsText(upn);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "workspace-whole-call-mid-call.png")).setFullPage(true));

        page.keyboard().press("Alt+h");
        assertThat(page.locator("#call-status")).containsText("Call ended", PUSH);
        page.keyboard().press("Alt+w"); // completed, with every session saved: nothing to confirm
        assertThat(page.locator("#my-calls")).containsText("Keyboard Primary", PUSH);
        assertThat(page.locator("#my-calls")).containsText("Completed");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "workspace-whole-call-wrapped-up.png")).setFullPage(true));
        page.keyboard().press("Alt+r"); // offline
        assertThat(page.locator("#operator-status")).hasText("You are offline");

        SignIn.as(users, contexts, "la-whole-call");
        org.assertj.core.api.Assertions.assertThat(directory.childRecord(adam).orElseThrow().upn().value())
                .isEqualTo(upn);
        contexts.clearContext();
        Page la = signIn("la-whole-call", "whole-call-password-2");
        la.waitForURL(url -> !url.contains("login"));
        la.navigate(url("/extranet"));
        la.getByLabel("Open the record of Adam Ashby").click();
        assertThat(la.locator("#child-challenges")).containsText("Upheld, by op-whole-call");
        assertThat(la.locator("#child-changes")).containsText("Missing UPN");
        assertThat(la.locator("#child-changes")).containsText(upn);
        la.keyboard().press("Escape");
        la.getByLabel("Open the record of Bea Brook").click();
        assertThat(la.locator("#child-changes")).containsText("Sasha Newworker");
        la.keyboard().press("Escape");
        la.navigate(url("/extranet/changes"));
        assertThat(la.locator("#changes-summary")).containsText("2 changes heard on");
    }

    /** Tab (or Shift+Tab) until what has the focus matches; a keyboard user's way there, never a click. */
    private static void tabTo(Page page, String focused, boolean backwards) {
        Pattern wanted = Pattern.compile(focused);
        for (int presses = 0; presses < 60; presses++) {
            if (wanted.matcher(String.valueOf(page.evaluate(FOCUSED))).find()) {
                return;
            }
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
        }
        throw new AssertionError("no focusable element matching " + focused + " within 60 presses; focus is on "
                + page.evaluate(FOCUSED));
    }

    /** Opens the focused list, moves by {@code steps} (up when negative) and takes that choice. */
    private static void choose(Page page, int steps) {
        settle(page); // a list the server is still refilling (the kinds for the child just chosen) loses the focus
        page.keyboard().press("Enter");
        // Keys reach the list only once it has finished opening and moved the focus into it.
        page.locator("vaadin-select-overlay[opened]:not([opening])").waitFor();
        page.waitForFunction("document.activeElement && document.activeElement.closest('vaadin-select-item') "
                + "!== null || document.activeElement?.localName === 'vaadin-select-item'");
        for (int i = 0; i < Math.abs(steps); i++) {
            page.keyboard().press(steps > 0 ? "ArrowDown" : "ArrowUp");
        }
        page.keyboard().press("Enter");
        page.locator("vaadin-select-overlay[opened]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        settle(page);
    }

    /** Until the browser has no request to the server in flight (what Vaadin's own test tools wait for). */
    private static void settle(Page page) {
        page.waitForFunction("window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())");
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String first, String last, LocalDate today) {
        ChildId child = admin.createChild(new NewChild(authority, null, first, last, today.minusYears(10), 5,
                Cohort.LAC, true, SenStatus.NONE));
        admin.place(child, school, PlacementKind.ON_ROLL, today.minusDays(40));
        return child;
    }
}
