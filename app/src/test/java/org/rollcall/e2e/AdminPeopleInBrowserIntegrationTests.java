package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
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

import com.microsoft.playwright.Page;

/**
 * The admin screens of ADR 0042 in Chromium, as an administrator meets them: People, API tokens, Children and one
 * child's page show human labels and dates, and axe-core finds no serious or critical violation on any of them
 * (screenshots kept in target/e2e and docs/screenshots).
 */
@RollcallIntegrationTest
class AdminPeopleInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired Clock clock;

    @Test
    void anAdministratorOpensPeopleTokensAndChildren() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Browserpeople Borough", Nation.ENGLAND, "860");
        ProvisionId school = directory.createProvision(new NewProvision("Browserpeople Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960860"), "Mrs Head", null,
                Frequency.WEEKLY, 5, List.of(new CallWindow(null, LocalTime.of(13, 30), LocalTime.of(14, 0))),
                authority, "not called in this test"));
        directory.addDesignatedTeacher(school, "Mr Designated", UkPhoneNumber.parse("01632 960861"), null);
        accounts.createUser("admin-people-web", "Admin Peopleweb", "web-password-9", Role.ADMIN, null);
        accounts.createUser("la-people-web", "Browserpeople VS head", "web-password-9", Role.AUTHORITY, authority);
        accounts.createDesignatedTeacher("dt-people-web", "Ms Teacher", "web-password-9", school);
        tokens.issue(authority, "Browserpeople case feed");
        ChildId ada = directory.createChild(new NewChild(authority, new Upn(Upn.withCheckLetter("860260000001")),
                "Ada", "Browserpeople", today.minusYears(10), 5, Cohort.LAC, true, SenStatus.SEN_SUPPORT));
        directory.createChild(new NewChild(authority, null, "Ben", "Browserpeople", today.minusYears(15), 10,
                Cohort.YOT, false, SenStatus.NONE));
        directory.place(ada, school, PlacementKind.ON_ROLL, today.minusMonths(2));
        directory.addContact(ada, ContactRole.CARER, "Mrs Carer", UkPhoneNumber.parse("07700 900860"), null);

        Page page = signIn("admin-people-web", "web-password-9");
        page.navigate(url("/admin/people"));
        page.getByLabel("Search").first().fill("people-web");
        assertThat(page.locator("#people-summary")).hasText("3 people");
        assertThat(page.locator("#people-grid")).containsText("Designated teacher");
        assertThat(page.locator("#people-grid")).containsText("Browserpeople Primary");
        assertThat(page.locator("#people-grid")).containsText("Browserpeople Borough");
        Axe.assertAccessible(page, "admin-people");

        page.navigate(url("/admin/api-tokens"));
        assertThat(page.locator("#api-tokens-grid")).containsText("Browserpeople case feed");
        assertThat(page.locator("#api-tokens-grid")).containsText("Never");
        Axe.assertAccessible(page, "admin-api-tokens");

        page.navigate(url("/admin/children"));
        page.getByLabel("Search").first().fill("browserpeople");
        assertThat(page.locator("#children-summary")).hasText("2 children");
        assertThat(page.locator("#children-grid")).containsText("To collect");
        assertThat(page.locator("#children-grid")).containsText("Youth offending team");
        Axe.assertAccessible(page, "admin-children");

        page.navigate(url("/admin/child/" + ada));
        assertThat(page.locator("#placements-grid")).containsText("Browserpeople Primary");
        assertThat(page.locator("#contacts-grid")).containsText("Mrs Carer");
        assertThat(page.locator("#contacts-grid")).containsText("Mr Designated");
        Axe.assertAccessible(page, "admin-child");
    }
}
