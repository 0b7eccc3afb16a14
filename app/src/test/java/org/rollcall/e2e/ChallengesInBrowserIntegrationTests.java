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
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.challenges.ChallengeOutcome;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.challenges.Challenges;
import org.rollcall.challenges.Outcome;
import org.rollcall.challenges.RuleKind;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In Chromium, by keyboard: an unauthorised code typed on the school call puts the authority's question beside the
 * child's row, the answer is chosen with Tab and Space and saved with Alt+M; the card lists what the school said it
 * would check; the authority's user sees the challenge on the child's record. axe-core finds nothing serious.
 */
@RollcallIntegrationTest
// a context of its own: the open school window here must not offer calls to other tests' operators
@TestPropertySource(properties = "rollcall.demo.seed=27031")
class ChallengesInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.ContainsTextOptions PUSH = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(60_000);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired ChallengeRules rules;
    @Autowired Challenges challenges;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theOperatorAsksTheQuestionAndTheAuthoritySeesTheAnswer() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-browser-challenge", "Operator Challenge", "challenge-password-1", Role.OPERATOR,
                null);
        AuthorityId authority = directory.createAuthority("Browser Challenge Borough", Nation.ENGLAND, "873");
        accounts.createUser("la-browser-challenge", "Challenge LA", "la-challenge-password", Role.AUTHORITY,
                authority);
        LocalTime now = LocalTime.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision("Willow Bank Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960873"), "Mrs Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, now.minusMinutes(1), now.plusMinutes(30)))));
        ChildId robin = child(authority, school, "Robin", "Fairweather", today);
        ChildId sam = child(authority, school, "Sam", "Okafor", today);
        for (RuleKind kind : List.of(RuleKind.UNAUTHORISED_CODE, RuleKind.PM_PRESENT_AFTER_AM_ABSENCE)) {
            rules.set(authority, kind, true, null, null, "browser test");
        }
        // Yesterday the school said it would check Sam's morning O: on today's card until a new mark replaces it.
        LocalDate yesterday = today.minusDays(1);
        String question = challenges.check(school, sam, new org.rollcall.challenges.TypedCode(yesterday,
                Session.AM, "O"), List.of()).getFirst().question();
        challenges.recordWithOutcomes(List.of(new RecordMark(sam, school, yesterday, Session.AM, "O",
                "not known yet", null, null, "Operator Earlier")), List.of(new ChallengeOutcome(sam, yesterday,
                Session.AM, RuleKind.UNAUTHORISED_CODE, question, Outcome.SCHOOL_WILL_CHECK, "O")));

        Page page = readyOperator("op-browser-challenge", "challenge-password-1");
        assertThat(page.locator("#mark-entry")).containsText("Robin Fairweather", PUSH);
        assertThat(page.locator("#outstanding")).containsText("Challenge: Sam Okafor, AM ");
        assertThat(page.locator("#outstanding")).containsText("the school said it would check: ask what they found");
        page.keyboard().press("Alt+s");
        assertThat(page.locator("#call-status")).containsText("Connected", PUSH);

        // The code, Tab to the reason, then on past the two "Excluded" ticks to the school's answer.
        page.locator("#mark-entry vaadin-text-field[aria-label^='Robin Fairweather, '][aria-label$='morning (AM)'] "
                + "input, #mark-entry input[aria-label^='Robin Fairweather, '][aria-label$='morning (AM)']").first()
                .focus();
        page.keyboard().type("O");
        Locator row = page.locator(".challenge-row").first();
        assertThat(row).containsText("O (Other or unknown reason) is an unauthorised absence", PUSH);
        assertThat(row).containsText("Tab to the answer, arrow keys to choose");
        page.keyboard().press("Tab"); // PM
        page.keyboard().press("Tab"); // reason
        page.keyboard().type("no call from home");
        page.evaluate("document.querySelector('.challenge-row').scrollIntoView({block: 'center'})");
        Axe.assertAccessible(page, "workspace-challenge");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).containsText("Nothing saved: Robin Fairweather, AM", PUSH);
        assertThat(page.locator("#mark-status")).containsText("choose Upheld, Changed or School will check");
        page.keyboard().press("Tab"); // Excluded: AM
        page.keyboard().press("Tab"); // Excluded: PM
        page.keyboard().press("Tab"); // the answer: its first choice, Upheld
        org.assertj.core.api.Assertions.assertThat(String.valueOf(page.evaluate(
                "document.activeElement.closest('vaadin-radio-group').getAttribute('aria-label')")))
                .startsWith("School's answer, Robin Fairweather");
        page.keyboard().press("Space");
        page.keyboard().press("Alt+m");
        assertThat(page.locator("#mark-status")).containsText("1 mark saved", PUSH);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM challenge_outcome "
                + "WHERE child_id = ? AND outcome = 'UPHELD'").param(robin.value()).query(Integer.class).single() == 1);

        Page la = signIn("la-browser-challenge", "la-challenge-password");
        la.waitForURL(url -> !url.contains("login"));
        la.navigate(url("/extranet"));
        Locator record = la.getByLabel("Open the record of Robin Fairweather");
        record.focus();
        la.keyboard().press("Enter");
        assertThat(la.locator("#child-challenges")).containsText("AM, code O (unauthorised absence code): "
                + "\u201cO (Other or unknown reason) is an unauthorised absence");
        assertThat(la.locator("#child-challenges")).containsText("\u2014 Upheld, by op-browser-challenge");
        la.locator("#child-challenges").scrollIntoViewIfNeeded();
        Axe.assertAccessible(la, "extranet-child-record-challenges");
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String first, String last, LocalDate today) {
        ChildId child = directory.createChild(new NewChild(authority, null, first, last, today.minusYears(10), 5,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(40));
        return child;
    }
}
