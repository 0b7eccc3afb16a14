package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rollcall.support.TestTimes.openNow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In a real browser: mid-call, a social worker's new number typed wrong is refused beside the phone field (the mark
 * typed above and the name are kept), saved with Alt+G once corrected; then the authority's user sees the change in
 * the child's record and in "Changes heard". axe-core finds nothing serious on any of the three.
 */
@RollcallIntegrationTest
// Not the shared context, where another test's due call may be offered first; shared with the whole-call test.
@TestPropertySource(properties = "rollcall.demo.seed=13013")
class ChangesInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Clock clock;

    @Test
    void aChangeRefusedBesideItsFieldThenSavedIsSeenByTheAuthority() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-chg-web", "Operator Web", "web-password-1", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Browserchange Borough", Nation.ENGLAND, "936");
        accounts.createUser("la-chg-web", "Browserchange VS head", "web-password-2", Role.AUTHORITY, authority);
        ProvisionId school = directory.createProvision(new NewProvision("Browserchange Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960936"), "Mrs Web", null,
                Frequency.DAILY, null, openNow(clock)));
        ChildId child = directory.createChild(new NewChild(authority, null, "Rowan", "Browser", today.minusYears(9),
                4, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(30));
        directory.addContact(child, ContactRole.SOCIAL_WORKER, "Alex Worker", UkPhoneNumber.parse("07700 900222"),
                null);

        Page page = readyOperator("op-chg-web", "web-password-1");
        assertThat(page.locator("#change-heard")).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(60_000));
        startCall(page);
        page.locator("#mark-entry vaadin-text-field input").first().fill("/");

        assertThat(page.locator("#change-heard-open")).isVisible();
        Axe.assertAccessible(page, "workspace-change-heard-closed");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "workspace-change-heard-closed.png")).setFullPage(true));
        page.keyboard().press("Alt+g"); // opens the form, its first field focused
        page.waitForFunction("document.activeElement?.closest('#change-about') != null");
        page.locator("#change-kind").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Social worker details")).click();
        assertThat(page.locator("#change-name input")).hasValue("Alex Worker");
        page.locator("#change-name input").fill("Sasha Newworker");
        page.locator("#change-phone input").fill("0909 123 456");
        page.keyboard().press("Alt+g");
        assertThat(page.locator("#change-phone"))
                .containsText("not a valid UK telephone number");
        assertThat(page.locator("#change-name input")).hasValue("Sasha Newworker");
        assertThat(page.locator("#mark-entry vaadin-text-field input").first()).hasValue("/");
        page.waitForTimeout(300); // the refusal's text has grown its field: let the rows below settle first
        Axe.assertAccessible(page, "workspace-change-heard-refused");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "workspace-change-heard-refused-full.png")).setFullPage(true));

        page.locator("#change-phone input").fill("07700 900456");
        page.keyboard().press("Alt+g");
        assertThat(page.locator("#change-heard-status")).containsText("social worker now Sasha Newworker "
                + "\u00b7 07700 900456");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).containsText("1 mark saved");
        page.keyboard().press("Alt+h");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Finish wrap-up")).click();
        // Only the morning was typed: "completed" asks first, naming the afternoon (the keys are the speed test's).
        page.getByText("Wrap up as completed (Enter)").click();
        assertThat(page.locator("#call-status")).not().containsText("Call ended");
        page.keyboard().press("Alt+r"); // offline: this operator takes no other test's call

        Page authorityPage = signIn("la-chg-web", "web-password-2");
        assertThat(authorityPage.locator("#attendance-summary")).containsText("marked today");
        authorityPage.locator("vaadin-button[aria-label='Open the record of Rowan Browser']").click();
        assertThat(authorityPage.locator("#child-changes")).containsText("Social worker details: social worker now "
                + "Sasha Newworker");
        authorityPage.locator("#child-changes").scrollIntoViewIfNeeded();
        Axe.assertAccessible(authorityPage, "extranet-child-record-changes");
        authorityPage.keyboard().press("Escape");
        authorityPage.navigate(url("/extranet/changes"));
        assertThat(authorityPage.locator("#changes-summary")).containsText("1 change heard on");
        assertThat(authorityPage.locator("#changes-grid")).containsText("Rowan Browser");
        Axe.assertAccessible(authorityPage, "extranet-changes-heard");
    }
}
