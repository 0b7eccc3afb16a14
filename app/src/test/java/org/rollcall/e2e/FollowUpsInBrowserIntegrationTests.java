package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
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
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Trigger;
import org.rollcall.recordings.DocumentKey;
import org.rollcall.recordings.DocumentStore;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;

/**
 * In Chromium: the operator's school card with an exclusion letter outstanding takes the letter by upload (a file
 * that is not a PDF refused with the reason on screen, a PDF kept with its receipt shown at once) and the mark entry
 * has an "Excluded" tick per session; an admin uploads a letter from Follow-ups and corrects a contact under
 * "Contacts to update". axe-core finds nothing serious on each.
 */
@RollcallIntegrationTest
// a context of its own: the open school window here must not offer calls to other tests' operators
@TestPropertySource(properties = "rollcall.demo.seed=27028")
class FollowUpsInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.ContainsTextOptions PUSH = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(60_000);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired DocumentStore documents;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void lettersAreUploadedFromTheScreensAndTheExcludedTickIsOnTheMarkEntry() throws Exception {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-letters", "Operator Letters", "letters-password-1", Role.OPERATOR, null);
        accounts.createUser("admin-letters", "Admin Letters", "admin-letters-password", Role.ADMIN, null);
        AuthorityId authority = directory.createAuthority("Browser Letters Borough", Nation.ENGLAND, "962");
        LocalTime now = LocalTime.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision("Orchard Vale Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960962"), "Mrs Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, now.minusMinutes(1), now.plusMinutes(30)))));
        ProvisionId other = directory.createProvision(new NewProvision("Hillside Academy", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960963"), "Mr Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        ChildId excluded = child(authority, school, "Jamie", "Stone", today);
        ChildId marked = child(authority, school, "Alex", "Rowe", today);
        ChildId elsewhere = child(authority, other, "Charlie", "Moss", today);
        directory.addDesignatedTeacher(school, "Pat Green", null, "pat.green@orchard-vale.example.org");
        directory.addContact(elsewhere, ContactRole.SOCIAL_WORKER, "Robin Hale", null,
                "robin.hale@letters.example.org");
        // On record from before addresses were checked strictly (entry refuses it now), and not an address mail can
        // go to: listed under Contacts to update.
        jdbc.sql("UPDATE contact SET email = 'robin.hale@letters..example.org' WHERE email = "
                + "'robin.hale@letters.example.org'").update();
        attendance.record(new RecordMark(excluded, school, today, Session.AM, "E", "fixed-term suspension", null,
                null, "op-school"));
        attendance.record(new RecordMark(elsewhere, other, today, Session.AM, "E", "suspended for two days", null,
                null, "op-school"));
        Escalation first = awaitExclusion(excluded, today);
        Escalation second = awaitExclusion(elsewhere, today);

        // The operator's school call: the letter outstanding, with its upload, and the marks with their ticks.
        Page page = signIn("op-letters", "letters-password-1");
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/workspace"));
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        page.keyboard().press("Alt+r");
        // Ready, or already past it: the school's due call may be offered the moment the operator is ready.
        assertThat(page.locator("#operator-status")).not().hasText("You are offline");
        assertThat(page.locator("#letters-outstanding")).containsText("Jamie Stone, excluded", PUSH);
        Locator upload = page.locator("#provision-card ~ * .letter-upload, .letter-upload").first();
        assertThat(page.locator("#mark-entry")).containsText("Alex Rowe", PUSH);
        assertThat(page.getByLabel(java.util.regex.Pattern.compile("^Excluded, Alex Rowe, .*"))).hasCount(2);
        Axe.assertAccessible(page, "workspace-letter-and-excluded-tick");

        upload.locator("input[type=file]").setInputFiles(new FilePayload("letter.pdf", "application/pdf",
                "Dear Virtual School, the letter is in the post".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator(".letter-upload-status").first()).containsText("Not kept: the file is not a PDF "
                + "(it does not start with %PDF-)", PUSH);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "e2e",
                "workspace-letter-refused.png")));
        org.assertj.core.api.Assertions.assertThat(escalations.find(first.id()).orElseThrow().state())
                .isEqualTo(EscalationState.LETTER_REQUESTED);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM exclusion_letter")
                .query(Integer.class).single()).isZero();

        upload.locator("input[type=file]").setInputFiles(new FilePayload("letter.pdf", "application/pdf", PDF));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(page.locator(".letter-upload-status").first()).containsText("Exclusion letter received", PUSH);
        assertThat(page.locator(".letter-upload-status").first()).containsText("SHA-256 " + sha256);
        Axe.assertAccessible(page, "workspace-letter-received");
        org.assertj.core.api.Assertions.assertThat(escalations.find(first.id()).orElseThrow().state())
                .isEqualTo(EscalationState.LETTER_RECEIVED);
        org.assertj.core.api.Assertions.assertThat(stored(first)).isEqualTo(sha256);

        // The code, then Tab past the reason to the row's first "Excluded" tick (AM), Space, Alt+M.
        page.locator("#mark-entry vaadin-text-field[aria-label^='Alex Rowe, '][aria-label$='morning (AM)'] input, "
                + "#mark-entry input[aria-label^='Alex Rowe, '][aria-label$='morning (AM)']").first().focus();
        page.keyboard().type("/");
        page.keyboard().press("Tab"); // the PM code
        page.keyboard().press("Tab"); // the reason
        page.keyboard().press("Tab"); // Excluded: AM
        org.assertj.core.api.Assertions.assertThat(String.valueOf(page.evaluate(
                "document.activeElement.getAttribute('aria-label') || document.activeElement.closest('vaadin-checkbox')"
                        + ".getAttribute('aria-label')"))).startsWith("Excluded, Alex Rowe, ");
        page.keyboard().press("Space");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).containsText("saved", PUSH);
        await().atMost(Duration.ofSeconds(20)).until(() -> attendance.history(marked, today, Session.AM).stream()
                .anyMatch(Mark::excluded));
        awaitExclusion(marked, today);

        // The admin: a letter from Follow-ups, and the contact the outbox could not send to.
        Page admin = signIn("admin-letters", "admin-letters-password");
        admin.waitForURL(url -> !url.contains("login"));
        admin.navigate(url("/follow-ups"));
        Locator timeline = admin.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(
                        "Open the timeline of Charlie Moss, .*")));
        timeline.focus();
        admin.keyboard().press("Enter");
        Locator adminUpload = admin.locator("#follow-up-details .letter-upload");
        assertThat(adminUpload).isVisible();
        adminUpload.locator("input[type=file]").setInputFiles(new FilePayload("letter.pdf", "application/pdf",
                PDF));
        assertThat(admin.locator("#follow-up-details .letter-upload-status")).containsText("Exclusion letter "
                + "received", PUSH);
        Axe.assertAccessible(admin, "follow-ups-letter-received");
        org.assertj.core.api.Assertions.assertThat(stored(second)).isEqualTo(sha256);

        admin.navigate(url("/contacts-to-update"));
        assertThat(admin.locator("#contacts-to-update-grid")).containsText("Social worker of Charlie Moss");
        assertThat(admin.locator("#contacts-to-update-grid")).containsText("robin.hale@letters..example.org");
        assertThat(admin.locator("#contacts-to-update-grid")).containsText("Email address is not valid");
        Axe.assertAccessible(admin, "contacts-to-update");
        admin.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Correct the contact: Social worker of Charlie Moss")).focus();
        admin.keyboard().press("Enter");
        Locator email = admin.locator("#contact-editor vaadin-text-field").nth(1).locator("input");
        email.fill("robin.hale@letters.example.org");
        Axe.assertAccessible(admin, "contacts-to-update-correcting");
        admin.keyboard().press("Alt+s");
        assertThat(admin.locator("#contact-status")).containsText("Saved: Social worker of Charlie Moss is up to "
                + "date and off the list.");
        assertThat(admin.locator("#contacts-to-update-summary")).containsText("No contact needs updating.");
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String first, String last, LocalDate today) {
        ChildId child = directory.createChild(new NewChild(authority, null, first, last, today.minusYears(10), 5,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(40));
        return child;
    }

    private Escalation awaitExclusion(ChildId child, LocalDate today) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(child, today, Trigger.EXCLUSION),
                o -> o.isPresent()).orElseThrow();
    }

    private String stored(Escalation e) throws Exception {
        String key = jdbc.sql("SELECT object_key FROM exclusion_letter WHERE escalation_id = ?").param(e.id().value())
                .query(String.class).single();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(documents.read(
                DocumentKey.parse(key))));
    }
}
