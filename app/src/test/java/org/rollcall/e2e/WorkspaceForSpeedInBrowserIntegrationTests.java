package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallStatus;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In Chromium, what only a browser can show: with five children the call bar stays at the top and Save at the foot
 * of the window while the grid scrolls between them, and the timer counts in the page under Rollcall's
 * Content-Security-Policy. On the way: the script, the card's code set, the last ten sessions, a refusal under its
 * row, the wrap-up question answered with Enter and My calls today, each axe-checked and photographed.
 */
@RollcallIntegrationTest
class WorkspaceForSpeedInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.HasTextOptions PUSH = new LocatorAssertions.HasTextOptions()
            .setTimeout(60_000);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired CallLog calls;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theCallBarAndSaveStayInSightAndTheTimerCounts() {
        LocalDate today = LocalDate.now(clock); // Wednesday 2 December 2026 on the tests' clock
        accounts.createUser("op-bar", "Operator Bar", "bar-password-1", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Barwick Borough", Nation.ENGLAND, "874");
        ProvisionId school = directory.createProvision(new NewProvision("Barwick Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960874"), "Mr Bell", "swift",
                Frequency.DAILY, null, openNow(clock)));
        String[][] names = {{"Amir", "Ali"}, {"Beth", "Brown"}, {"Chloe", "Clark"}, {"Dan", "Davies"},
                {"Ella", "Evans"}};
        ChildId first = null;
        for (String[] name : names) {
            ChildId child = directory.createChild(new NewChild(authority, null, name[0], name[1],
                    today.minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE));
            directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(30));
            first = first == null ? child : first;
        }
        for (int back = 5; back >= 1; back--) { // Amir's last ten: an illness among presents
            attendance.record(new RecordMark(first, school, today.minusDays(back), Session.AM, back == 2 ? "I" : "/",
                    back == 2 ? "Flu" : null, null, null, "school"));
            attendance.record(new RecordMark(first, school, today.minusDays(back), Session.PM, back == 2 ? "I" : "\\",
                    back == 2 ? "Flu" : null, null, null, "school"));
        }
        // This context is shared: other classes' ready operators stand down, their calls left due are dropped.
        jdbc.sql("UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL WHERE status = 'READY'")
                .update();
        org.awaitility.Awaitility.await().until(() -> calls.onDate(today).stream()
                .anyMatch(c -> c.provisionId().equals(school) && c.status() == CallStatus.DUE));
        jdbc.sql("UPDATE call SET status = 'MISSED' WHERE status = 'DUE' AND provision_id <> ?")
                .param(school.value()).update();

        Page page = signIn("op-bar", "bar-password-1");
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/workspace"));
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        page.keyboard().press("Alt+r");
        assertThat(page.locator("#provision-nation")).hasText("Nation: England · England codes", PUSH);
        assertThat(page.locator("#call-script")).containsText("We are calling for Barwick Borough about children "
                + "it looks after at Barwick Primary. May I speak to Mr Bell?");
        // The first code field has the focus, which scrolled the card away: every scrolled ancestor back to its top.
        page.locator("#provision-card").evaluate("el => { for (let n = el; n; n = n.assignedSlot || n.parentElement"
                + " || (n.getRootNode && n.getRootNode().host)) { if (n.scrollTop) { n.scrollTop = 0; } }"
                + " window.scrollTo(0, 0); }");
        inWindow(page, page.locator("#provision-nation"));
        Axe.assertAccessible(page, "workspace-script-and-card");
        page.keyboard().press("Alt+s");
        assertThat(page.locator("#call-status")).hasText("Connected and recording", PUSH);
        // Counted in the page: it moves on with no round trip to the server.
        Locator timer = page.locator("#call-timer");
        assertThat(timer).containsText("In the call 0:0");
        String before = timer.textContent();
        page.waitForTimeout(2200);
        org.assertj.core.api.Assertions.assertThat(timer.textContent()).isNotEqualTo(before).matches(
                "In the call \\d+:\\d\\d");

        String day = "Wednesday 2 December";
        for (String[] name : names) {
            String who = name[0] + " " + name[1];
            page.getByLabel(who + ", " + day + ", morning (AM)", new Page.GetByLabelOptions().setExact(true))
                    .fill("/");
            if (!who.equals("Ella Evans")) { // Ella's PM is left for the wrap-up question
                page.getByLabel(who + ", " + day + ", afternoon (PM)", new Page.GetByLabelOptions().setExact(true))
                        .fill(who.equals("Chloe Clark") ? "H" : "\\"); // H: a Welsh code, refused in England
            }
        }
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).containsText("Nothing saved: Chloe Clark, PM: code 'H' is one of "
                + "the Welsh codes, not the England codes");
        Locator refusal = page.locator(".mark-refusal:visible");
        assertThat(refusal).hasCount(1);
        assertThat(refusal).containsText("Chloe Clark, PM: code 'H'");
        // Across the grid, not squeezed into the code field: as wide as the child's name and all the fields.
        double refusalWidth = refusal.boundingBox().width;
        double fieldWidth = page.getByLabel("Chloe Clark, " + day + ", afternoon (PM)",
                new Page.GetByLabelOptions().setExact(true)).boundingBox().width;
        org.assertj.core.api.Assertions.assertThat(refusalWidth).isGreaterThan(fieldWidth * 8);
        assertThat(page.locator(".recent-marks").first()).containsText("Last 10:");

        // Scrolled down to the refused row (the grid's lower half): the bar is still at the top and Save at the foot
        // of the grid, all in the window.
        page.locator(".mark-refusal:visible").evaluate("el => el.scrollIntoView({block: 'center'})");
        org.assertj.core.api.Assertions.assertThat(page.locator("#provision-card").boundingBox().y)
                .as("the card has scrolled away under the bar").isLessThan(0);
        inWindow(page, page.locator("#call-bar"));
        inWindow(page, page.getByText("Save marks (Alt+M)"));
        inWindow(page, page.locator(".mark-refusal:visible"));
        Axe.assertAccessible(page, "workspace-mid-call");

        page.getByLabel("Chloe Clark, " + day + ", afternoon (PM)", new Page.GetByLabelOptions().setExact(true))
                .fill("\\");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).hasText("9 marks saved");
        assertThat(page.locator(".mark-refusal:visible")).hasCount(0);

        page.keyboard().press("Alt+h");
        assertThat(page.locator("#wrap-up")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        inWindow(page, page.getByText("Finish wrap-up (Alt+W)"));
        page.keyboard().press("Alt+w");
        assertThat(page.getByText("Ella Evans: PM of " + day)).isVisible();
        assertThat(page.getByText("Wrap up as completed (Enter)")).isVisible();
        Axe.assertAccessible(page, "workspace-wrap-up-confirmation");
        page.keyboard().press("Enter");
        assertThat(page.locator("#operator-status")).hasText("You are ready", PUSH);
        assertThat(page.locator("#my-calls")).containsText("Barwick Primary");
        assertThat(page.locator("#my-calls")).containsText("Completed");
        page.locator("#my-calls").scrollIntoViewIfNeeded();
        Axe.assertAccessible(page, "workspace-my-calls-today");
    }

    /** The element is wholly inside the browser window (not scrolled off, not under the navbar). */
    private static void inWindow(Page page, Locator element) {
        var box = element.first().boundingBox();
        var height = ((Number) page.evaluate("window.innerHeight")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(box).as("laid out").isNotNull();
        org.assertj.core.api.Assertions.assertThat(box.y).as("top of %s", element).isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(box.y + box.height).as("bottom of %s", element)
                .isLessThanOrEqualTo(height);
        Object topmost = element.first().evaluate("el => { const r = el.getBoundingClientRect(); "
                + "const e = document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(r.height / 2, 12)); "
                + "return e !== null && (e === el || el.contains(e)); }");
        org.assertj.core.api.Assertions.assertThat(topmost).as("%s is on top, not under the navbar", element)
                .isEqualTo(true);
    }
}
