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
 * In a real browser: an authority user signs in and watches a robot operator's marks arrive on the extranet by
 * server push, with no reload.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class ExtranetInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Clock clock;

    @Test
    void anAuthorityUserSeesMarksArriveLive() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Browser Borough", Nation.ENGLAND, "812");
        accounts.createUser("vs-browser", "Virtual School head", "browser-password-1", Role.AUTHORITY, authority);

        Page page = signIn("vs-browser", "browser-password-1");
        // Signed in, the home route forwards an authority user to the extranet.
        assertThat(page.locator("#attendance-summary")).containsText("0 children marked today");

        // The school's window opens now; the robot operator calls it while the page is open.
        ProvisionId school = directory.createProvision(new NewProvision("Browser Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960812"), "Ms Browser", null,
                Frequency.DAILY, null, openNow(clock)));
        ChildId child = directory.createChild(new NewChild(authority, null, "Wren", "Browserton", today.minusYears(6),
                1, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(1));

        assertThat(page.locator("#attendance-summary")).containsText("1 child marked today",
                new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        assertThat(page.locator("#attendance-grid")).containsText("Wren Browserton");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "extranet-live.png"))
                .setFullPage(true));
    }
}
