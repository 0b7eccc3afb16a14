package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rollcall.support.TestTimes.openNow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In a real browser, by keyboard only: on the school's weekly day the operator is offered a call that collects a
 * post-16 learner's whole week and a younger child's day, types every code with Tab between fields, saves with
 * Alt+M from the last field, and opens the closure form with Alt+C; axe-core finds nothing serious on either.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.demo.seed=9002") // a context of its own: only this school's call
class WorkspaceInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Clock clock;

    @Test
    void anOperatorTakesAWeeklyCallByKeyboard() {
        LocalDate today = LocalDate.now(clock); // Wednesday 2 December 2026 on the tests' clock
        accounts.createUser("op-week", "Operator Week", "week-password-1", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Weekly Borough", Nation.ENGLAND, "879");
        ProvisionId college = directory.createProvision(new NewProvision("Weekday College", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960879"), "Ms Week", null,
                Frequency.DAILY, today.getDayOfWeek().getValue(), openNow(clock)));
        ChildId student = child(authority, college, "Sixth", 12, today);
        ChildId pupil = child(authority, college, "Eighth", 8, today);

        Page page = signIn("op-week", "week-password-1");
        page.waitForURL(url -> !url.contains("login"));
        page.navigate("http://localhost:" + port + "/workspace");
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        page.keyboard().press("Alt+r");
        assertThat(page.locator("#call-collects")).containsText("with the weekly catch-up",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#call-collects")).containsText("every school day from Thursday 26 November 2026");
        Axe.assertAccessible(page, "workspace-weekly-call");
        // Ten sessions are wider than a laptop's window: the grid scrolls sideways to what has the focus, so the
        // reason and the Excluded ticks are never out of reach.
        Locator reason = page.getByLabel("Reason for absence, Sixth Former");
        reason.focus();
        double right = reason.boundingBox().x + reason.boundingBox().width;
        org.assertj.core.api.Assertions.assertThat(right).as("the reason field's right edge").isLessThanOrEqualTo(
                page.viewportSize().width);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                "workspace-weekly-call-reason.png")));
        page.getByLabel("Eighth Former, Wednesday 2 December, morning (AM)",
                new Page.GetByLabelOptions().setExact(true)).focus(); // where the grid put it

        // The first field has the focus: the post-16 learner's five school days, then the pupil's day.
        int fields = page.locator("#mark-entry vaadin-text-field input:not([placeholder^='Reason'])").count();
        org.assertj.core.api.Assertions.assertThat(fields).as("five days of the learner's, one of the pupil's")
                .isEqualTo(12);
        for (int i = 0; i < fields; i++) {
            boolean am = i % 2 == 0;
            // Past a row's reason and its "Excluded" ticks to the next row's first code.
            while (String.valueOf(page.evaluate("document.activeElement.placeholder")).startsWith("Reason")
                    || "checkbox".equals(page.evaluate("document.activeElement.type"))) {
                page.keyboard().press("Tab");
            }
            page.keyboard().type(am ? "/" : "\\");
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).hasText(fields + " marks saved");
        List<Mark> marks = attendance.currentMarks(authority, today);
        org.assertj.core.api.Assertions.assertThat(marks).extracting(Mark::childId).containsOnly(student, pupil);

        page.keyboard().press("Alt+c");
        assertThat(page.getByText("Closure of Weekday College")).isVisible();
        assertThat(page.getByLabel("First day closed")).isVisible();
        Axe.assertAccessible(page, "workspace-closure-dialog");
        page.keyboard().press("Escape");
        assertThat(page.getByText("Closure of Weekday College")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "workspace-saved.png"))
                .setFullPage(true));
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String name, int year, LocalDate today) {
        ChildId child = directory.createChild(new NewChild(authority, null, name, "Former", today.minusYears(5 + year),
                year, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusMonths(2));
        return child;
    }
}
