package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
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
import org.rollcall.directory.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import org.rollcall.support.RollcallIntegrationTest;

/**
 * In a real browser: B typed for a child opens "where and when" under the child's row with the focus in "Where"; an
 * AP found by typing its town, a Friday session refused beside the sessions (Enter saves), Esc folds the form, then
 * it is saved as one line.
 * axe-core finds nothing serious on the open form or on the refusal.
 */
@RollcallIntegrationTest
// Not the shared context, where another test's due call may be offered first; shared with the whole-call test.
@TestPropertySource(properties = "rollcall.demo.seed=13013")
class ApCaptureInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Clock clock;

    @Test
    void aBOpensWhereAndWhenAndAFridayAtAnApClosedOnFridaysIsRefusedBesideTheSessions() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-apc-web", "Operator Offsite", "web-password-12", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Browseroff Borough", Nation.ENGLAND, "948");
        ProvisionId school = directory.createProvision(new NewProvision("Browseroff Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960948"), "Mrs Web", null,
                Frequency.DAILY, null, openNow(clock)));
        ProvisionId bridge = directory.createProvision(new NewProvision("Bridge Skills Centre", new Urn("223456"),
                ProvisionType.ALTERNATIVE_PROVISION, Nation.ENGLAND, UkPhoneNumber.parse("0113 496 0100"),
                "Ms Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(6, 0), LocalTime.of(6, 30)))));
        directory.setTownAndOpenDays(bridge, "Leeds", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        ChildId ella = directory.createChild(new NewChild(authority, null, "Ella", "Evans", today.minusYears(10),
                5, Cohort.LAC, true, SenStatus.NONE));
        directory.place(ella, school, PlacementKind.ON_ROLL, today.minusDays(30));

        Page page = readyOperator("op-apc-web", "web-password-12");
        assertThat(page.locator("#mark-entry")).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(60_000));
        startCall(page);
        page.locator("#mark-entry vaadin-text-field input").first().fill("B");
        var form = page.locator(".ap-capture");
        assertThat(form).containsText("Where and when is Ella Evans educated off site?");
        // The focus went to "Where": type the town, pick the AP.
        assertThat(form.locator("vaadin-combo-box")).hasAttribute("focused", "");
        page.keyboard().type("leeds");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Bridge Skills Centre"))
                .click();
        session(page, "Friday afternoon").check();
        session(page, "Monday morning").check();
        form.locator(".ap-sessions").evaluate("e => e.scrollIntoView({block: 'center'})");
        Axe.assertAccessible(page, "workspace-ap-capture");
        session(page, "Monday morning").press("Enter");
        assertThat(form).containsText("Bridge Skills Centre is open Monday to Thursday: Friday afternoon is not "
                + "possible");
        page.waitForTimeout(300); // the refusal's line has grown the form: let the rows below settle first
        form.locator(".ap-sessions-error").evaluate("e => e.scrollIntoView({block: 'center'})");
        Axe.assertAccessible(page, "workspace-ap-capture-refused");
        session(page, "Friday afternoon").uncheck();
        page.keyboard().press("Escape"); // folds the form, keeping what was typed
        assertThat(form.getByText("Save where and when (Enter)")).isHidden();
        form.locator("vaadin-button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(
                "Open the form")).click();
        assertThat(form.getByText("Save where and when (Enter)")).isVisible();
        session(page, "Monday morning").press("Enter");
        assertThat(form).containsText("At Bridge Skills Centre: Monday morning");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).containsText("1 mark saved");
        page.keyboard().press("Alt+h");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Finish wrap-up")).click();
        // Only the morning was typed: "completed" asks first, naming the afternoon.
        page.getByText("Wrap up as completed (Enter)").click();
        assertThat(page.locator("#call-status")).not().containsText("Call ended");
        page.keyboard().press("Alt+r"); // offline: this operator takes no other test's call
    }

    private static com.microsoft.playwright.Locator session(Page page, String label) {
        return page.locator(".ap-capture vaadin-checkbox", new Page.LocatorOptions().setHasText(label))
                .locator("input");
    }
}
