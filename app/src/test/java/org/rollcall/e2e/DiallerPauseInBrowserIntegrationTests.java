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
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.simulated.SimulatedExchange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In a real browser, by keyboard: the operator's status line says when dialling is paused (the exchange is down)
 * and clears by push when it is back; an operator whose phone does not answer reads why they were set offline.
 * axe-core finds nothing serious on either screen.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.demo.seed=9015") // a context of its own: its exchange goes down
class DiallerPauseInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.HasTextOptions PUSH = new LocatorAssertions.HasTextOptions()
            .setTimeout(60_000);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Telephony telephony;
    @Autowired Clock clock;

    @Test
    void theOperatorSeesDiallingPausedAndWhyTheyWereSetOffline() {
        SimulatedExchange exchange = (SimulatedExchange) telephony;
        accounts.createUser("op-pause", "Operator Pause", "pause-password-1", Role.OPERATOR, null);
        school();
        exchange.goDown();
        exchange.operatorPhoneFails("op-pause", "operator leg not answered (reason 3)");
        try {
            Page page = signIn("op-pause", "pause-password-1");
            page.waitForURL(url -> !url.contains("login"));
            page.navigate(url("/workspace"));
            assertThat(page.locator("#operator-status")).hasText("You are offline");
            page.keyboard().press("Alt+r");
            assertThat(page.locator("#operator-status")).hasText("You are ready");
            assertThat(page.locator("#dialler-status")).containsText("the telephone exchange (simulated) cannot be "
                    + "reached", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#dialler-status")).hasAttribute("role", "status");
            Axe.assertAccessible(page, "workspace-dialling-paused");

            exchange.comeBack();
            assertThat(page.locator("#dialler-status")).hasText("", PUSH);
            assertThat(page.locator("#call-status")).containsText("Call offered",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            page.keyboard().press("Alt+s");
            assertThat(page.locator("#operator-status")).containsText("You are offline: your phone did not answer",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#operator-status")).containsText("Check your phone, then press Ready (Alt+R)");
            Axe.assertAccessible(page, "workspace-phone-did-not-answer");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "workspace-set-offline.png"))
                    .setFullPage(true));
        } finally {
            exchange.comeBack();
            exchange.operatorPhoneWorks("op-pause");
        }
    }

    private ProvisionId school() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Pause Borough", Nation.ENGLAND, "881");
        ProvisionId school = directory.createProvision(new NewProvision("Pause Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960881"), "Mr Pause", null,
                Frequency.DAILY, null, openNow(clock)));
        directory.place(directory.createChild(new NewChild(authority, null, "Petra", "Pause", today.minusYears(8), 3,
                Cohort.LAC, true, SenStatus.NONE)), school, PlacementKind.ON_ROLL, today.minusDays(3));
        return school;
    }
}
