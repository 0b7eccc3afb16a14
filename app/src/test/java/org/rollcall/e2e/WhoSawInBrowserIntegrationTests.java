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
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
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
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.extranet.ExtranetService;
import org.rollcall.oversight.ViewAudit;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In a real browser (ADR 0033): QA corrects a mark from the call review with the "Correct…" dialog, and the admin's
 * "Who saw which child" lists the operator's, QA's and the authority's looks at that child; axe-core finds nothing
 * serious on either. The call is only planned (its window is late), so it shares the plain test context.
 */
@RollcallIntegrationTest
class WhoSawInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired CallLog calls;
    @Autowired ExtranetService extranet;
    @Autowired ViewAudit views;
    @Autowired EscalationSettings escalation;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Clock clock;

    @Test
    void qaCorrectsAMarkAndTheAdminSeesWhoSawTheChild() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Browsersaw Borough", Nation.ENGLAND, "616");
        escalation.set(authority, "duty@browsersaw.example.org", null);
        accounts.createUser("qa-saw-web", "QA Web", "web-password-5", Role.QA, null);
        accounts.createUser("admin-saw-web", "Admin Web", "web-password-6", Role.ADMIN, null);
        accounts.createUser("op-saw-web", "Operator Web", "web-password-7", Role.OPERATOR, null);
        accounts.createUser("la-saw-web", "Browsersaw VS head", "web-password-8", Role.AUTHORITY, authority);
        ProvisionId school = directory.createProvision(new NewProvision("Browsersaw Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960616"), "Mrs Saw", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        ChildId ava = directory.createChild(new NewChild(authority, null, "Ava", "Browsersaw", today.minusYears(8), 3,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(ava, school, PlacementKind.ON_ROLL, today.minusDays(10));
        CallSummary call = await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(today).stream()
                .filter(c -> c.provisionId().equals(school)).findFirst(), java.util.Optional::isPresent).orElseThrow();
        attendance.record(new RecordMark(ava, school, today, Session.AM, "/", null, call.id().value(), 12,
                "op-saw-web"));
        SignIn.as(users, contexts, "op-saw-web");
        views.shownOnCall("op-saw-web", call, "Browsersaw Primary", List.of(ava));
        SignIn.as(users, contexts, "la-saw-web");
        extranet.childRecord(ava);

        Page qa = signIn("qa-saw-web", "web-password-5");
        qa.navigate(url("/calls/" + call.id()));
        qa.locator("vaadin-button[aria-label='Correct the AM mark of Ava Browsersaw']").click();
        assertThat(qa.getByText("Wednesday 2 December 2026, morning: now / (Present (AM))")).isVisible();
        qa.getByLabel("New code").pressSequentially("not yet");
        qa.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("N \u2014 Reason not yet established"))
                .click();
        qa.getByLabel("Reason for the correction").fill("On the recording the school says she is not in today");
        Axe.assertAccessible(qa, "call-review-correct-mark");
        qa.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save correction")).click();
        assertThat(qa.getByText("Mark corrected; the old one is kept in its history")).isVisible();
        await().atMost(Duration.ofSeconds(10)).until(() -> attendance.history(ava, today, Session.AM).size() == 2);

        Page admin = signIn("admin-saw-web", "web-password-6");
        admin.navigate(url("/who-saw"));
        admin.getByLabel("Child (name or UPN)").pressSequentially("Ava Browsers");
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ava Browsersaw")).click();
        assertThat(admin.locator("#who-saw-summary")).hasText("4 entries, newest first");
        assertThat(admin.locator("#who-saw-grid")).containsText("viewed on a call");
        assertThat(admin.locator("#who-saw-grid")).containsText("viewed in a call review");
        assertThat(admin.locator("#who-saw-grid")).containsText("viewed in the extranet");
        assertThat(admin.locator("#who-saw-grid")).containsText("corrected a mark");
        Axe.assertAccessible(admin, "who-saw");
    }
}
