package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
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
 * In Chromium: an authority user reads "Attendance statistics" (figures and flags in words, dates in full, no enum
 * names or ids), opens a child's calendar from the keyboard and reads it; axe-core finds nothing serious on either.
 */
@RollcallIntegrationTest
class StatisticsInBrowserIntegrationTests extends InBrowser {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Clock clock;
    private LocalDate monday;

    @BeforeAll
    void twoWeeksOfMarks() {
        LocalDate today = LocalDate.now(clock);
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
        AuthorityId la = directory.createAuthority("Browserby Borough", Nation.ENGLAND, "337");
        accounts.createUser("stats-browser", "Virtual School head", "stats-browser-password", Role.AUTHORITY, la);
        ProvisionId ash = school("Ash Grove Primary", today);
        ProvisionId yew = school("Yew Tree Academy", today);
        fortnight(child(la, ash, "Poppy", "Hughes", Cohort.LAC, true), ash,
                "/ \\ / \\ / \\ / \\ / \\ / \\ / I / \\ / \\ / \\");
        fortnight(child(la, yew, "Rhys", "Morgan", Cohort.LAC, false), yew,
                "/ O O O / \\ G G / \\ / \\ N N / \\ / \\ / \\");
        fortnight(child(la, yew, "Sana", "Begum", Cohort.CME, false), yew,
                "I I I I / \\ M \\ / \\ / \\ / \\ B \\ / \\ / \\");
    }

    @Test
    void theStatisticsReadInWordsAndAChildsCalendarOpensFromTheKeyboard() {
        Page page = signIn("stats-browser", "stats-browser-password");
        page.waitForURL(u -> !u.contains("login"));
        page.navigate(url("/statistics"));
        assertThat(page.locator("#statistics-heading")).hasText(
                "Attendance statistics · Browserby Borough · 1 September 2026 to 2 December 2026");
        assertThat(page.locator("#statistics-summary")).hasText(
                "3 of 3 children shown; 2 persistently or severely absent");
        assertThat(page.locator("#statistics-children")).containsText("Persistent absence (below 90%)");
        assertThat(page.locator("#statistics-children")).containsText("13 of 20");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "statistics.png")));
        assertThat((Boolean) page.evaluate("() => { const t = document.getElementById('statistics-children').$.table;"
                + " return t.scrollWidth <= t.clientWidth; }")).as("the grid scrolls sideways").isTrue();
        List<?> cut = (List<?>) page.evaluate("() => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                + ".filter(c => c.scrollWidth > c.clientWidth).map(c => c.innerText)");
        assertThat(cut).as("grid cells cut off").isEmpty();
        assertThat(page.locator("#statistics-children")).containsText("Holiday not granted by the school (G) 2");
        readable(page, "statistics");

        // The first row's Calendar button (Sana Begum: by last name), from the keyboard.
        page.locator("#statistics-children vaadin-button").first().focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#statistics-child-figures")).containsText("Sana Begum at Yew Tree Academy, "
                + "1 September 2026 to 2 December 2026: attendance 75.0%");
        assertThat(page.locator("#child-attendance")).containsText("Month");
        page.locator("#child-attendance vaadin-button", new Page.LocatorOptions().setHasText("Previous month"))
                .click();
        assertThat(page.locator("#child-attendance table")).containsText("AM I Illness");
        assertThat(page.locator("#child-attendance table")).containsText("AM B Any other approved educational");
        readable(page, "statistics-calendar");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "statistics-calendar.png")));
    }

    private static void readable(Page page, String name) {
        String shown = page.locator("body").innerText()
                + String.join("\n", page.locator("vaadin-grid-cell-content").allInnerTexts());
        assertThat(shown).doesNotContain("PERSISTENT", "SEVERE", "AUTHORISED", "UNAUTHORISED_ABSENCE", "MARKED",
                "NOT_ON_ROLL", "BOROUGH", "null", "\u2026");
        assertThat(UUID.matcher(shown).find()).as("an id on screen: %s", shown).isFalse();
        Axe.assertAccessible(page, name);
    }

    /** Two weeks, Monday AM to Friday PM each, codes separated by spaces. */
    private void fortnight(ChildId child, ProvisionId school, String codes) {
        List<RecordMark> marks = new ArrayList<>();
        String[] each = codes.split(" ");
        for (int i = 0; i < each.length; i++) {
            LocalDate day = monday.plusDays(i / 10 * 7 + i % 10 / 2);
            String reason = List.of("/", "\\", "B").contains(each[i]) ? null : "told by the school";
            marks.add(new RecordMark(child, school, day, i % 2 == 0 ? Session.AM : Session.PM, each[i], reason, null,
                    null, "tester"));
        }
        attendance.recordAll(marks);
    }

    private ProvisionId school(String name, LocalDate today) {
        int otherDay = today.getDayOfWeek().getValue() % 5 + 1;
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse("01632 960996"), "Mrs Browser", null, Frequency.WEEKLY, otherDay,
                List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30))), null,
                "not called on the test's day"));
    }

    private ChildId child(AuthorityId la, ProvisionId school, String first, String last, Cohort cohort,
                          boolean inBorough) {
        ChildId id = directory.createChild(new NewChild(la, null, first, last, monday.minusYears(10), 5, cohort,
                inBorough, SenStatus.NONE));
        directory.place(id, school, PlacementKind.ON_ROLL, monday);
        return id;
    }
}
