package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rollcall.support.TestTimes.openNow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attainment.Results;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In Chromium, by keyboard: the Results panel mid-call (a KS2 score of 121 refused beside its field, the other
 * values kept, then saved with Alt+T), and the child's record on the extranet listing the results with their dates.
 * axe-core finds nothing serious on either screen.
 */
@RollcallIntegrationTest
// a context of its own: only this school's call is due, so this operator is offered it
@TestPropertySource(properties = "rollcall.demo.seed=13036")
class ResultsInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.ContainsTextOptions PUSH = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(60_000);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Results results;
    @Autowired Clock clock;

    @Test
    void theOperatorRecordsKs2ResultsByKeyboardAndTheAuthoritySeesThemOnTheChildsRecord() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-browser-results", "Operator Results", "results-password-1", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Browser Results Borough", Nation.ENGLAND, "965");
        results.setCollectsAttainment(authority, true, "test");
        ProvisionId school = directory.createProvision(new NewProvision("Larchwood Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960965"), "Mrs Office", null,
                Frequency.DAILY, null, openNow(clock)));
        ChildId child = directory.createChild(new NewChild(authority, null, "Isla", "Morgan", today.minusYears(11),
                6, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(40));

        Page page = signIn("op-browser-results", "results-password-1");
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/workspace"));
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        page.keyboard().press("Alt+r");
        // Ready, or already past it: the due call may be offered the moment the operator is ready.
        assertThat(page.locator("#operator-status")).not().hasText("You are offline");
        assertThat(page.locator("#results-panel")).containsText("Save results (Alt+T)", PUSH);
        page.keyboard().press("Alt+s");
        assertThat(page.locator("#call-status")).containsText("Connected", PUSH);
        page.locator("#result-ks2-reading input").focus();
        page.keyboard().type("104");
        page.keyboard().press("Tab");
        page.keyboard().type("121");
        page.keyboard().press("Tab");
        page.keyboard().type("97");
        page.keyboard().press("Tab");
        page.keyboard().type("EXS");
        page.keyboard().press("Alt+t");
        assertThat(page.locator("#results-status")).containsText("Nothing saved: 1 value was refused");
        assertThat(page.locator("#result-ks2-maths")).containsText("121 is not a KS2 scaled score: use a whole "
                + "number from 80 to 120");
        assertThat(page.locator("#result-ks2-reading input")).hasValue("104");
        page.locator("#results-panel").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "workspace-results-refused.png")));
        Axe.assertAccessible(page, "workspace-results-refused");

        page.locator("#result-ks2-maths input").focus();
        page.keyboard().press("Control+a");
        page.keyboard().type("99");
        // Saved from inside the field being typed in: the shortcut takes its value.
        page.keyboard().press("Alt+t");
        assertThat(page.locator("#results-status")).containsText("Saved 4 results for Isla Morgan (Key stage 2 "
                + "tests)");
        page.locator("#results-save").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "workspace-results-saved.png")));
        org.assertj.core.api.Assertions.assertThat(results.recordedBetween(authority,
                today.atStartOfDay(clock.getZone()).toInstant(),
                today.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .extracting(r -> r.value()).containsExactlyInAnyOrder("104", "99", "97", "EXS");

        attendance.record(new RecordMark(child, school, today, Session.AM, "/", null, null, null,
                "op-browser-results"));
        accounts.createUser("la-browser-results", "Browser Results LA", "la-results-password", Role.AUTHORITY,
                authority);
        Page la = signIn("la-browser-results", "la-results-password");
        la.waitForURL(url -> !url.contains("login"));
        la.navigate(url("/extranet"));
        Locator record = la.getByLabel("Open the record of Isla Morgan");
        record.focus();
        la.keyboard().press("Enter");
        assertThat(la.locator("#child-results")).containsText("Key stage 2 tests, Maths (scaled score) \u2014 99 "
                + "(autumn term 2026/27; recorded by op-browser-results on a call)");
        assertThat(la.locator("#child-results")).containsText("Wednesday 2 December 2026 at 10:");
        la.locator("#child-results").scrollIntoViewIfNeeded();
        la.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "extranet-child-record-results.png")));
        Axe.assertAccessible(la, "extranet-child-record-results");
    }
}
