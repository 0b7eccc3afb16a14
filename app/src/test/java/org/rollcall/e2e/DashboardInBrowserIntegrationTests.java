package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
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

/**
 * In a real browser: an authority user's dashboard for today, with a term's marks behind its charts, has no serious
 * accessibility violation (axe-core) and opens a figure's list and a chart's table from the keyboard; the full page
 * is kept in target/e2e (copied to docs/screenshots/dashboard.png).
 */
@RollcallIntegrationTest
class DashboardInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Clock clock;

    @Test
    void theDashboardIsAccessibleAndItsChartsHaveTables() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Chart Borough", Nation.ENGLAND, "633");
        accounts.createUser("vs-charts", "Virtual School head", "browser-password-1", Role.AUTHORITY, authority);
        ProvisionId school = directory.createProvision(new NewProvision("Chartwell Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960633"), "Ms Chart", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(13, 30), LocalTime.of(14, 0)))));
        List<ChildId> children = new ArrayList<>();
        for (String name : List.of("Ada Lovelace", "Ben Oakley", "Cleo Marsh", "Dev Patel", "Ezra Stone")) {
            ChildId child = directory.createChild(new NewChild(authority, null, name.split(" ")[0],
                    name.split(" ")[1], today.minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE));
            directory.place(child, school, PlacementKind.ON_ROLL, today.minusMonths(6));
            children.add(child);
        }
        // Every school day since 1 September: mostly present, some illness and medical absences, so the weeks vary.
        LocalDate first = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        int n = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            List<RecordMark> marks = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                n++;
                String am = n % 11 == 0 ? "I" : n % 17 == 0 ? "M" : "/";
                marks.add(new RecordMark(children.get(c), school, day, Session.AM, am, reason(am), null, null, "op"));
                marks.add(new RecordMark(children.get(c), school, day, Session.PM, am.equals("/") ? "\\" : am,
                        reason(am), null, null, "op"));
            }
            attendance.recordAll(marks);
        }
        attendance.record(new RecordMark(children.get(0), school, today, Session.AM, "/", null, null, null, "op"));
        attendance.record(new RecordMark(children.get(1), school, today, Session.AM, "I", "Chickenpox", null, null,
                "op"));
        attendance.record(new RecordMark(children.get(2), school, today, Session.AM, "M", "Hospital appointment",
                null, null, "op"));

        Page page = signIn("vs-charts", "browser-password-1");
        page.navigate(url("/dashboard"));
        assertThat(page.locator("#dashboard-heading")).containsText("Chart Borough");
        assertThat(page.locator("#dashboard-summary")).containsText("5 expected, 3 reached, 2 not yet called");
        assertThat(page.locator("#chart-attendance-by-week svg[role=img]")).hasCount(1);
        assertThat(page.locator("#chart-absence-reasons svg title").first()).containsText("Absence reasons");

        // From the keyboard: open "Not yet called" and the reasons chart's table.
        page.locator("#figure-not-yet-called vaadin-details-summary").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#figure-not-yet-called-grid")).containsText("13:30–14:00");
        page.locator("#chart-absence-reasons summary").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#chart-absence-reasons table")).containsText("1 session");

        Axe.assertAccessible(page, "dashboard");
        // The shell scrolls inside its layout, not the page: a tall window shows the whole dashboard at once.
        page.setViewportSize(1280, 1720);
        page.locator("#dashboard-heading").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "dashboard-full.png")));
    }

    private static String reason(String code) {
        return switch (code) {
            case "I" -> "Unwell";
            case "M" -> "Dentist";
            default -> null;
        };
    }
}
