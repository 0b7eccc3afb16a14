package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calendar.CalendarAdmin;
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
import org.rollcall.moves.MoveTo;
import org.rollcall.moves.NewMove;
import org.rollcall.moves.SchoolMoves;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In Chromium: a child moved to Hazel Grove on Thursday 26 November; on the school's call on Wednesday 2 December
 * the card lists "Backdate Ella Evans's marks from Thursday 26 November 2026", which opens the multi-day grid: the
 * Thursday, then Monday and Tuesday (Friday 27 is a bank holiday set up for this test, then the weekend). A code is
 * typed, a refusal shows beside its cell, and axe-core finds nothing serious.
 */
@RollcallIntegrationTest
// a context of its own: its open school window must not offer calls to other tests' operators, and the bank holiday
// it adds stays here
@TestPropertySource(properties = "rollcall.demo.seed=41029")
class BackdateInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.ContainsTextOptions PUSH = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(60_000);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired SchoolMoves moves;
    @Autowired CalendarAdmin calendar;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired org.springframework.security.core.context.SecurityContextHolderStrategy contexts;

    @Test
    void theNewSchoolsCallOpensTheGridOfSchoolDaysSinceTheStart() throws IOException {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-browser-backdate", "Operator Backdate", "backdate-password-1", Role.OPERATOR, null);
        accounts.createUser("admin-browser-backdate", "Admin Backdate", "backdate-password-2", Role.ADMIN, null);
        org.rollcall.support.SignIn.as(users, contexts, "admin-browser-backdate");
        calendar.importBankHolidays(withHoliday(LocalDate.of(2026, 11, 27)), "shipped and a test holiday",
                "admin-browser-backdate");
        AuthorityId authority = directory.createAuthority("Browser Move Borough", Nation.ENGLAND, "874");
        LocalTime now = LocalTime.now(clock);
        ProvisionId old = directory.createProvision(new NewProvision("Alder Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960874"), "Mrs Alder", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(7, 0), LocalTime.of(7, 30)))));
        ProvisionId hazel = directory.createProvision(new NewProvision("Hazel Grove Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960875"), "Mr Hazel", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, now.minusMinutes(1), now.plusMinutes(30)))));
        directory.addDesignatedTeacher(hazel, "Dee Teacher", null, "dee.teacher@hazel.example.org");
        ChildId ella = directory.createChild(new NewChild(authority, null, "Ella", "Evans", today.minusYears(9), 4,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(ella, old, PlacementKind.ON_ROLL, today.minusDays(60));
        moves.record(new NewMove(ella, LocalDate.of(2026, 11, 26), MoveTo.existing(hazel, null), null),
                "browser test");
        // Another child moves to a school Rollcall has never heard of: "introduce the service" for a supervisor.
        ChildId finn = directory.createChild(new NewChild(authority, null, "Finn", "Foster", today.minusYears(10), 5,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(finn, old, PlacementKind.ON_ROLL, today.minusDays(60));
        moves.record(new NewMove(finn, today.plusDays(5), MoveTo.created(new org.rollcall.moves.NewSchool(
                "Juniper Academy", "874001", "01632 960876", "Ms Juniper (office)"), "office@juniper.example.org"),
                null), "browser test");
        accounts.createUser("sup-browser-backdate", "Supervisor Backdate", "backdate-password-3", Role.SUPERVISOR,
                null);

        Page page = signIn("op-browser-backdate", "backdate-password-1");
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/workspace"));
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        page.keyboard().press("Alt+r");
        assertThat(page.locator("#outstanding")).containsText("Backdate Ella Evans's marks from Thursday 26 "
                + "November 2026 (6 sessions)", PUSH);
        page.keyboard().press("Alt+s");
        assertThat(page.locator("#call-status")).containsText("Connected", PUSH);
        page.getByText("Backdate Ella Evans's marks from Thursday 26 November 2026").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#backdate-grid")).containsText("Thursday 26 November 2026", PUSH);
        assertThat(page.locator("#backdate-grid")).containsText("Monday 30 November 2026");
        assertThat(page.locator("#backdate-grid")).not().containsText("Friday 27 November 2026");
        assertThat(page.locator("#backdate-grid")).not().containsText("Saturday 28 November 2026");
        page.locator("input[aria-label='Ella Evans, Thursday 26 November 2026, morning code']").focus();
        page.keyboard().type("/");
        page.keyboard().press("Tab"); // its reason
        page.keyboard().press("Tab"); // the afternoon code
        page.keyboard().type("\\");
        page.locator("input[aria-label='Ella Evans, Monday 30 November 2026, morning code']").focus();
        page.keyboard().type("I");
        page.keyboard().press("Alt+b");
        assertThat(page.locator("#backdate-status")).containsText("Not saved: 1 mark needs correcting", PUSH);
        assertThat(page.locator("#backdate-grid")).containsText("code 'I' is an absence (Illness)");
        Axe.assertAccessible(page, "workspace-backdate-grid");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM mark WHERE child_id = ?")
                .param(ella.value()).query(Long.class).single()).as("nothing half-saved").isZero();

        Page supervisor = signIn("sup-browser-backdate", "backdate-password-3");
        supervisor.waitForURL(url -> !url.contains("login"));
        supervisor.navigate(url("/schools-to-introduce"));
        assertThat(supervisor.locator("#introductions")).containsText("Juniper Academy", PUSH);
        assertThat(supervisor.locator("#introductions")).containsText("Finn Foster from Monday 7 December 2026");
        supervisor.getByText("Juniper Academy").click();
        assertThat(supervisor.locator("h3")).containsText("Juniper Academy: what was agreed");
        Axe.assertAccessible(supervisor, "schools-to-introduce");
    }

    private static InputStream withHoliday(LocalDate day) throws IOException {
        String json;
        try (InputStream in = new ClassPathResource("calendar/bank-holidays-2026-2028.json").getInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new ByteArrayInputStream(json.replaceFirst("\"events\": \\[", "\"events\": [ {\"title\": \"Test "
                + "bank holiday\", \"date\": \"" + day + "\", \"notes\": \"\", \"bunting\": false},")
                .getBytes(StandardCharsets.UTF_8));
    }
}
