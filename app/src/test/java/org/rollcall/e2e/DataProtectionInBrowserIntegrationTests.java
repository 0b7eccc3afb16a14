package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In a real browser: an admin finds two children, requests one's subject-access export and sees it ready, erases the
 * other (who left) with a reason and sees the erasure log; axe-core finds nothing serious. No call: plain context.
 */
@RollcallIntegrationTest
class DataProtectionInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Clock clock;

    @Test
    void anAdminExportsOneChildAndErasesAnotherFromTheKeyboardAndMouse() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Brightwell Borough", Nation.ENGLAND, "986");
        accounts.createUser("admin-dp-web", "Dana Admin", "web-password-dp", Role.ADMIN, null);
        ProvisionId school = directory.createProvision(new NewProvision("Brightwell Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960986"), "Mrs Web", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        ChildId staying = directory.createChild(new NewChild(authority, null, "Ava", "Brightwell",
                LocalDate.of(2016, 5, 14), 5, Cohort.LAC, true, SenStatus.NONE));
        directory.place(staying, school, PlacementKind.ON_ROLL, today.minusYears(2));
        ChildId leaver = directory.createChild(new NewChild(authority, null, "Ben", "Brightwell",
                LocalDate.of(2012, 9, 3), 9, Cohort.LAC, true, SenStatus.NONE));
        directory.place(leaver, school, PlacementKind.ON_ROLL, today.minusYears(3));
        directory.endPlacement(leaver, school, today.minusMonths(2));

        Page page = signIn("admin-dp-web", "web-password-dp");
        page.navigate(url("/data-protection"));
        page.locator("#dp-search input").fill("Brightwell");
        page.keyboard().press("Enter");
        assertThat(page.locator("#dp-children")).containsText("Still in the service");
        assertThat(page.locator("#dp-children")).containsText("14 May 2016");

        page.locator("#dp-children").getByText("Ava Brightwell").click();
        assertThat(page.locator("#dp-chosen")).hasText("Chosen: Ava Brightwell, still in the service.");
        page.locator("#dp-export").click();
        assertThat(page.locator("#dp-exports")).containsText("Ready to download",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        page.locator("#dp-children").getByText("Ben Brightwell").click();
        assertThat(page.locator("#dp-chosen")).containsText("Chosen: Ben Brightwell, left on");
        page.locator("#dp-reason textarea").fill("Erasure request of 30 November, case 88");
        page.locator("#dp-erase").click();
        // Irreversible, so asked once more; keeping the data changes nothing.
        assertThat(page.getByText("Erase Ben Brightwell's data?")).isVisible();
        page.getByText("Keep the data").click();
        assertThat(page.locator("#dp-erasure-log")).not().containsText("case 88");
        page.locator("#dp-erase").click();
        page.getByText("Erase for good").click();
        assertThat(page.locator("#dp-message")).hasText("Ben Brightwell's data was erased; the erasure log below "
                + "records it.");
        assertThat(page.locator("#dp-erasure-log")).containsText("Erasure request of 30 November, case 88");
        assertThat(page.locator("#dp-erasure-log")).containsText("On request, by admin-dp-web");
        Axe.assertAccessible(page, "data-protection");
        // The whole screen from its heading, for docs/screenshots.
        page.setViewportSize(1280, 1500);
        page.locator("h2").first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "e2e",
                "data-protection-full.png")));
    }
}
