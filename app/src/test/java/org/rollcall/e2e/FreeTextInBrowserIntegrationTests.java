package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rollcall.support.TestTimes.openNow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
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
 * In a real browser under the Content-Security-Policy (issue 18, items 3 and 4): a 5,000-character paste into a
 * reason is cut at 500 with the counter saying so, a right-to-left override is refused with a message saying what
 * and where, and the authority sees the whole reason on the extranet and in the child's record. No page reports a
 * CSP violation.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.demo.seed=9019") // a context of its own: only this school's call
class FreeTextInBrowserIntegrationTests extends InBrowser {

    private static final String REASON = "Unwell with a high temperature since Monday night; the carer phoned the "
            + "school at 08:10 and expects the child back on Friday after a doctor's appointment at 09:30";

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Clock clock;

    private final List<String> violations = new CopyOnWriteArrayList<>();

    @Test
    void limitsAreToldOverridesRefusedAndWholeReasonsShown() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-text", "Operator Text", "text-password-1", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Text Borough", Nation.ENGLAND, "819");
        accounts.createUser("vs-text", "Virtual School head", "text-password-2", Role.AUTHORITY, authority);
        ProvisionId school = directory.createProvision(new NewProvision("Plain Text Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960819"), "Ms Text", null,
                Frequency.DAILY, null, openNow(clock)));
        ChildId child = directory.createChild(new NewChild(authority, null, "Tess", "Hardy", today.minusYears(9), 4,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusMonths(1));

        Page page = watched(signIn("op-text", "text-password-1"));
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/workspace"));
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        page.keyboard().press("Alt+r");
        assertThat(page.locator("#call-collects")).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(60_000));
        // Focus starts in the AM code: illness both sessions, then the reason. Typing waits for that focus: a
        // keystroke sent before it lands nowhere (seen once in a full suite: the AM code was left empty).
        assertThat(page.locator("#mark-entry vaadin-text-field[aria-label^='Tess Hardy, '][aria-label$='morning (AM)'] "
                + "input, #mark-entry input[aria-label^='Tess Hardy, '][aria-label$='morning (AM)']").first())
                .isFocused();
        page.keyboard().type("I");
        page.keyboard().press("Tab");
        page.keyboard().type("I");
        page.keyboard().press("Tab");
        page.keyboard().insertText("too long ".repeat(560)); // 5,040 characters pasted
        assertThat(page.getByText("500 / 500 characters: the most it can hold; anything longer was not kept"))
                .isVisible();
        shot(page, "workspace-reason-at-its-limit");

        page.keyboard().press("Control+a");
        page.keyboard().insertText("Sick \u202Egnitimov");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).containsText("Nothing saved: Tess Hardy, AM: the reason contains an invisible "
                + "right-to-left override character (U+202E) at character 6");
        shot(page, "workspace-reason-refused");
        org.assertj.core.api.Assertions.assertThat(attendance.currentMarks(authority, today)).isEmpty();

        page.keyboard().press("Control+a");
        page.keyboard().insertText(REASON);
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).hasText("2 marks saved");
        org.assertj.core.api.Assertions.assertThat(attendance.currentMarks(authority, today))
                .extracting(Mark::reason).containsOnly(REASON);

        Page extranet = watched(signIn("vs-text", "text-password-2"));
        assertThat(extranet.locator("#attendance-grid")).containsText(REASON);
        shot(extranet, "extranet-whole-reason");
        extranet.getByLabel("Open the record of Tess Hardy").click();
        assertThat(extranet.locator("#child-reason")).hasText("Reason: " + REASON);
        shot(extranet, "extranet-child-record-reason");

        org.assertj.core.api.Assertions.assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }

    private Page watched(Page page) {
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        return page;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", name + ".png"))
                .setFullPage(true));
    }
}
