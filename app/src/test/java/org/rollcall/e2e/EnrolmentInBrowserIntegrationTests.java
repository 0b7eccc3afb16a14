package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
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
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.NotOnRollSource;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.Page;

/**
 * In a real browser: the authority user's "Not on roll" list (child, UPN, last school, since when, how heard, new
 * school) and the admins' "Introduction letters" (a letter to print downloaded as a PDF, then marked printed); axe-core
 * finds nothing serious on either. It takes no call, so it shares the plain test context.
 */
@RollcallIntegrationTest
class EnrolmentInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Enrolment enrolment;
    @Autowired EscalationSettings escalation;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theNotOnRollListAndTheLettersToPrintAreReadableAndWorkInChromium() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Browserleave Borough", Nation.ENGLAND, "977");
        escalation.set(authority, "duty@browserleave.example.org", null);
        accounts.createUser("la-leave-web", "Browserleave VS head", "web-password-3", Role.AUTHORITY, authority);
        accounts.createUser("admin-leave-web", "Admin Web", "web-password-4", Role.ADMIN, null);
        ProvisionId school = directory.createProvision(new NewProvision("Browserleave Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960977"), "Mrs Web", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        ChildId leaver = directory.createChild(new NewChild(authority, null, "Rowan", "Leftroll", today.minusYears(9),
                4, Cohort.LAC, true, SenStatus.NONE));
        directory.place(leaver, school, PlacementKind.ON_ROLL, today.minusDays(40));
        SignIn.as(users, contexts, "admin-leave-web");
        enrolment.notOnRoll(leaver, school, today.minusDays(2), NotOnRollSource.ADMIN, "admin-leave-web", null);
        // A young person of 16 joins; their carer has no email address: two letters to print.
        ChildId joiner = directory.createChild(new NewChild(authority, null, "Kai", "Joiner", today.minusYears(16)
                .minusMonths(2), 12, Cohort.LAC, true, SenStatus.NONE));
        directory.addContact(joiner, ContactRole.CARER, "Morgan Carer", UkPhoneNumber.parse("07700 900977"), null);
        directory.place(joiner, school, PlacementKind.ON_ROLL, today);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM introduction_letter "
                + "WHERE child_id = ?").param(joiner.value()).query(Integer.class).single() == 2);

        Page authorityPage = signIn("la-leave-web", "web-password-3");
        authorityPage.navigate(url("/extranet/not-on-roll"));
        assertThat(authorityPage.locator("#not-on-roll-summary")).containsText("1 child left a school's roll");
        assertThat(authorityPage.locator("#not-on-roll-grid")).containsText("Rowan Leftroll");
        assertThat(authorityPage.locator("#not-on-roll-grid")).containsText("Recorded by an administrator");
        assertThat(authorityPage.locator("#not-on-roll-grid")).containsText("None recorded yet");
        Axe.assertAccessible(authorityPage, "extranet-not-on-roll");

        Page adminPage = signIn("admin-leave-web", "web-password-4");
        adminPage.navigate(url("/introduction-letters"));
        assertThat(adminPage.locator("#introduction-letters-grid")).containsText("Morgan Carer (carer)");
        assertThat(adminPage.locator("#introduction-letters-grid")).containsText("Kai Joiner (young person)");
        var link = adminPage.locator("a[aria-label='Download the PDF of the letter to Morgan Carer (carer)']");
        assertThat(link).isVisible();
        // The link's own address, fetched with the admin's session: the stored PDF.
        var pdf = adminPage.context().request().get((String) link.evaluate("a => a.href"));
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).contains("application/pdf");
        org.assertj.core.api.Assertions.assertThat(new String(pdf.body(), 0, 5,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        adminPage.locator("vaadin-button[aria-label='Mark printed: the letter to Morgan Carer (carer)']").click();
        assertThat(adminPage.locator("vaadin-button[aria-label='Mark posted: the letter to Morgan Carer (carer)']"))
                .isVisible();
        Axe.assertAccessible(adminPage, "introduction-letters");
    }
}
