package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

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
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.TimetabledSession;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In a real browser (ADR 0028): the AP's call asks attended or absent for the timetabled session, not a register
 * code; the authority sees the flagged B above its marks and in the child's record; the school's next call lists it
 * under "Outstanding for this school" and takes the corrected mark. axe-core finds nothing serious on any of them.
 */
@RollcallIntegrationTest
// Shared with the changes and whole-call tests: a context where no other test's call is left due.
@TestPropertySource(properties = "rollcall.demo.seed=13013")
class ApAttendanceInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Clock clock;

    @Test
    void anAbsenceAtTheApIsRecordedFlaggedForTheAuthorityAndCorrectedOnTheSchoolsNextCall() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-ap-web", "Operator Ap", "web-password-3", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Browserbridge Borough", Nation.ENGLAND, "808");
        accounts.createUser("la-ap-web", "Browserbridge VS head", "web-password-4", Role.AUTHORITY, authority);
        LocalTime now = LocalTime.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision("Browserbridge Academy", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 961601"), "Mrs Web", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, now.plusSeconds(30), now.plusMinutes(30)))));
        directory.addDesignatedTeacher(school, "Kim Teacher", null, "kim.teacher@browserbridge.example.org");
        ChildId ella = directory.createChild(new NewChild(authority, null, "Ella", "Evans", today.minusYears(14), 9,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(ella, school, PlacementKind.ON_ROLL, today.minusDays(30));
        attendance.record(new RecordMark(ella, school, today, Session.AM, "B", null, null, null, "op-school"));
        ProvisionId ap = directory.createProvision(new NewProvision("Bridge Skills Centre", null,
                ProvisionType.ALTERNATIVE_PROVISION, Nation.ENGLAND, UkPhoneNumber.parse("01632 961602"),
                "Mr Centre", null, Frequency.DAILY, null, openNow(clock)));
        directory.place(ella, ap, PlacementKind.ALTERNATIVE, today.minusDays(7));
        directory.setTimetable(ella, ap, Set.of(new TimetabledSession(today.getDayOfWeek(), HalfDay.AM)));

        Page page = readyOperator("op-ap-web", "web-password-3");
        assertThat(page.locator("#ap-attendance")).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(60_000));
        assertThat(page.locator("#mark-entry")).isHidden(); // nobody here to ask register codes for
        startCall(page);
        page.locator("#ap-attendance vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Absent: illness")).click();
        page.keyboard().press("Alt+a");
        assertThat(page.locator("#ap-attendance-status")).hasText("1 session saved");
        Axe.assertAccessible(page, "workspace-ap-attendance");
        page.keyboard().press("Alt+h");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Finish wrap-up")).click();

        Page authorityPage = signIn("la-ap-web", "web-password-4");
        assertThat(authorityPage.locator("#ap-absences")).containsText("B \u2014 absent at AP: Ella Evans was "
                + "absent at Bridge Skills Centre on Wednesday 2 December, morning (illness); the school is asked to "
                + "correct the B");
        // The B itself, in the day's grid, says it too.
        assertThat(authorityPage.locator("#attendance-grid")).containsText("B · absent at AP");
        Axe.assertAccessible(authorityPage, "extranet-ap-absences");
        authorityPage.locator("vaadin-button[aria-label='Open the record of Ella Evans']").click();
        assertThat(authorityPage.locator("#child-ap-absences")).containsText("Bridge Skills Centre");
        authorityPage.locator("#child-ap-absences").scrollIntoViewIfNeeded();
        Axe.assertAccessible(authorityPage, "extranet-child-record-ap-absences");

        // The school's next call (its window opens after the AP's): the point to raise, and the correction.
        assertThat(page.locator("#outstanding")).containsText("Ella Evans was absent at Bridge Skills Centre on "
                + "Wednesday 2 December, morning (illness): ask the school to correct the B",
                new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        startCall(page);
        page.locator(".ap-correction-code input").fill("I");
        page.locator(".ap-correction-reason input").fill("Ill at home; the carer rang the school");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Corrected")).click();
        assertThat(page.locator(".ap-correction-outcome")).hasText("Saved: I for morning of that day");
        Axe.assertAccessible(page, "workspace-ap-absence-outstanding");
        page.keyboard().press("Alt+h"); // the saved line has the focus: the call's shortcuts still work
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Finish wrap-up")).click();
        page.getByText("Wrap up as completed (Enter)").click();
        assertThat(page.locator("#call-status")).not().containsText("Call ended");
        page.keyboard().press("Alt+r"); // offline: this operator takes no other test's call
    }
}
