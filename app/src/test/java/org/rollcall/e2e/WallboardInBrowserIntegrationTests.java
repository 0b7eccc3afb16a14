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
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
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
import org.rollcall.support.OperatorCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In Chromium: the supervisor's wallboard with an operator on a call, one holding an offer and one offline, a call at
 * risk of missing its window, a school that missed it, and the day's figures; it follows an operator getting ready by
 * push. axe-core finds nothing serious; the page is kept as docs/screenshots/wallboard.png. Shares the default test
 * context: other tests' operators stand down and their due calls are dropped first.
 */
@RollcallIntegrationTest
class WallboardInBrowserIntegrationTests extends InBrowser {

    private static final LocatorAssertions.ContainsTextOptions PUSH = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(30_000);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired CallLog calls;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private AuthorityId authority;
    private int schools;

    @Test
    void theSupervisorSeesTheDayAndItFollowsTheOperatorsByPush() {
        jdbc.sql("UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL WHERE status <> 'OFFLINE'")
                .update();
        jdbc.sql("UPDATE call SET status = 'MISSED' WHERE status IN ('DUE', 'OFFERED')").update();
        accounts.createUser("wbb-sup", "Supervisor Board", "wbb-password-1", Role.SUPERVISOR, null);
        authority = directory.createAuthority("Board Borough", Nation.ENGLAND, "887");
        LocalTime now = LocalTime.now(clock);

        school("Harbour Primary", now.plusMinutes(40));
        UserId ben = OperatorCalls.readyOperator(accounts, desk, "ben.okafor", "ben.okafor");
        OperatorCalls.startOffered(desk, ben);
        school("Meadow Academy", now.plusMinutes(45));
        UserId ann = OperatorCalls.readyOperator(accounts, desk, "ann.hughes", "ann.hughes");
        await().atMost(Duration.ofSeconds(30)).until(() -> desk.currentCall(ann).isPresent());
        ProvisionId orchard = school("Orchard Infants", now.plusMinutes(50));
        jdbc.sql("UPDATE call SET status = 'MISSED', end_cause = 'window closed' WHERE provision_id = ?")
                .param(orchard.value()).update();
        UserId cat = accounts.createUser("cat.price", "Operator Cat", "cat-password-1", Role.OPERATOR, null);
        school("Riverside Junior", now.plusMinutes(10));
        school("Willow Park School", now.plusMinutes(55));

        Page page = signIn("wbb-sup", "wbb-password-1");
        page.waitForURL(u -> !u.contains("login"));
        page.navigate(url("/live"));
        assertThat(page.locator("#shell-title")).hasText("Live day");
        assertThat(page.locator("#wallboard-operators")).containsText("On a call", PUSH);
        assertThat(page.locator("#wallboard-operators")).containsText("Call reserved");
        assertThat(page.locator("#wallboard-queue")).containsText("at risk: closes in");
        assertThat(page.locator("#wallboard-missed")).containsText("Orchard Infants");
        // Other tests' calls in this shared context count too: the words, not the numbers.
        assertThat(page.locator("#wallboard-figures")).containsText("Today so far: ", PUSH);
        assertThat(page.locator("#wallboard-figures")).containsText("% of calls started inside their window");
        assertThat(page.locator("#wallboard-telephony")).hasText("Telephone exchange: reachable; the dialler is "
                + "offering calls.");

        // Cat gets ready: the dialler offers her the call at risk, and the open wallboard shows it unasked.
        desk.ready(cat, "cat.price", "cat.price");
        assertThat(page.locator("#wallboard-operators")).containsText("cat.price", PUSH);
        await().atMost(Duration.ofSeconds(30)).until(() -> desk.currentCall(cat).isPresent());
        assertThat(page.locator("#wallboard-queue")).containsText("Offered to cat.price", PUSH);
        // Tall enough for every list: the shell scrolls inside, so a full-page screenshot would not show more.
        page.setViewportSize(1280, 1250);
        Axe.assertAccessible(page, "wallboard");
        jdbc.sql("UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL WHERE user_id IN (?, ?, ?)")
                .params(ann.value(), ben.value(), cat.value()).update();
    }

    private ProvisionId school(String name, LocalTime closes) {
        schools++;
        LocalDate today = LocalDate.now(clock);
        LocalTime now = LocalTime.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 96089" + schools), "Mrs Board", "heron", Frequency.DAILY,
                null, List.of(new CallWindow(null, now.minusMinutes(1), closes))));
        var child = directory.createChild(new NewChild(authority, null, "Bobby", "Board" + (char) ('a' + schools),
                today.minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(5));
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(today).stream()
                .anyMatch(c -> c.provisionId().equals(school) && c.status() != CallStatus.CANCELLED));
        return school;
    }
}
