package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkSource;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.SchoolMarks;
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
import org.rollcall.directory.Upn;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In a real browser (ADR 0044): the school's system sent one pupil's morning mark, so the call is still made for the
 * rest, and the operator sees "received from the school's system: confirm" with the code already in its field;
 * saving confirms it (one mark, its source kept) and takes the afternoon. The designated teacher's portal and the
 * authority's marks screen are checked too. axe-core finds nothing serious on any of them.
 */
@RollcallIntegrationTest
// Shared with the changes, AP and whole-call tests: a context where no other test's call is left due.
@TestPropertySource(properties = "rollcall.demo.seed=13013")
class SchoolMarksInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.ContainsTextOptions PUSH = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(60_000);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired SchoolMarks schoolMarks;
    @Autowired Clock clock;

    @Test
    void theOperatorConfirmsTheSchoolsOwnMarkAndAsksOnlyForTheRest() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Browserfeed Borough", Nation.ENGLAND, "897");
        accounts.createUser("op-feed-web", "Operator Feed", "feed-password-1", Role.OPERATOR, null);
        accounts.createUser("la-feed-web", "Browserfeed VS head", "feed-password-2", Role.AUTHORITY, authority);
        ProvisionId school = directory.createProvision(new NewProvision("Browserfeed Academy", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960898"), "Mrs Feed", null,
                Frequency.DAILY, null, openNow(clock)));
        accounts.createDesignatedTeacher("dt-feed-web", "Ms Designated", "feed-password-3", school);
        ChildId faye = directory.createChild(new NewChild(authority, new Upn(Upn.withCheckLetter("897000000001")),
                "Faye", "Fielding", today.minusYears(12), 7, Cohort.LAC, true, SenStatus.NONE));
        directory.place(faye, school, PlacementKind.ON_ROLL, today.minusDays(30));
        schoolMarks.record(List.of(new RecordMark(faye, school, today, Session.AM, "/", null, null, null,
                "la-feed-web")), MarkSource.SCHOOL_FEED, "import of the morning file");

        Page page = readyOperator("op-feed-web", "feed-password-1");
        assertThat(page.locator("#mark-entry .school-marks")).containsText("Received from the school's system: "
                + "confirm AM / with the school, or type what they say", PUSH);
        assertThat(page.locator("#mark-entry vaadin-text-field input").first()).hasValue("/");
        Axe.assertAccessible(page, "workspace-school-marks-confirm");
        startCall(page);
        page.locator("#mark-entry vaadin-text-field input").nth(1).fill("\\");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).hasText("2 marks saved", new LocatorAssertions.HasTextOptions()
                .setTimeout(30_000));
        List<Mark> am = attendance.history(faye, today, Session.AM);
        org.assertj.core.api.Assertions.assertThat(am).singleElement().satisfies(m -> {
            org.assertj.core.api.Assertions.assertThat(m.source()).isEqualTo(MarkSource.SCHOOL_FEED);
            org.assertj.core.api.Assertions.assertThat(m.confirmedBy()).isEqualTo("op-feed-web");
        });
        page.keyboard().press("Alt+h");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Finish wrap-up")).click();
        page.getByText("Wrap up as completed (Enter)").click();
        assertThat(page.locator("#call-status")).not().containsText("Call ended");
        page.keyboard().press("Alt+r"); // offline: this operator takes no other test's call

        Page teacher = signIn("dt-feed-web", "feed-password-3");
        teacher.waitForURL(url -> !url.contains("login"));
        teacher.navigate(url("/my-pupils"));
        assertThat(teacher.locator("#my-pupils")).containsText("Faye Fielding");
        assertThat(teacher.locator("#my-pupils")).containsText("AM / from your school's system, confirmed on the "
                + "call");
        Axe.assertAccessible(teacher, "my-pupils");

        Page authorityPage = signIn("la-feed-web", "feed-password-2");
        authorityPage.waitForURL(url -> !url.contains("login"));
        authorityPage.navigate(url("/marks-from-schools"));
        assertThat(authorityPage.locator("vaadin-upload")).isVisible();
        assertThat(authorityPage.locator("#marks-template-csv")).hasText("Download CSV template");
        assertThat(authorityPage.locator("#marks-template-xlsx")).hasText("Download Excel template");
        Axe.assertAccessible(authorityPage, "marks-from-schools");
    }
}
