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
import org.rollcall.capacity.Rosters;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

/**
 * In Chromium: the capacity plan for a day ahead with three schools, two operators rostered and one half hour short,
 * said in words; axe-core finds nothing serious; the page is kept as docs/screenshots/capacity-plan.png.
 */
@RollcallIntegrationTest
class CapacityInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Rosters rosters;
    @Autowired CallLog calls;
    @Autowired Clock clock;

    private int schools;

    @Test
    void theSupervisorSeesTheHalfHoursTheShortOneAndTheRoster() {
        accounts.createUser("capb-sup", "Supervisor Plan", "capb-password-1", Role.SUPERVISOR, null);
        UserId ann = accounts.createUser("ann.hughes.cap", "Ann Hughes", "capb-password-1", Role.OPERATOR, null);
        UserId ben = accounts.createUser("ben.okafor.cap", "Ben Okafor", "capb-password-1", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Plan Borough", Nation.ENGLAND, "898");
        LocalDate day = LocalDate.now(clock).plusDays(7);
        school(authority, "Birch Primary", LocalTime.of(18, 30), 3);
        school(authority, "Heron Primary", LocalTime.of(19, 0), 2);
        school(authority, "Willow Academy", LocalTime.of(19, 0), 40);
        school(authority, "Alder Infants", LocalTime.of(20, 0), 1);
        rosters.add(day, ann, LocalTime.of(19, 0), LocalTime.of(21, 0), "capb-sup");
        rosters.add(day, ben, LocalTime.of(20, 0), LocalTime.of(21, 0), "capb-sup");

        Page page = signIn("capb-sup", "capb-password-1");
        page.waitForURL(u -> !u.contains("login"));
        page.navigate(url("/capacity?day=" + day));
        assertThat(page.locator("#shell-title")).hasText("Capacity plan");
        assertThat(page.locator("#capacity-assumptions")).containsText("Assumes about two minutes a school call");
        assertThat(page.locator("#capacity-slots")).containsText("19:00–19:30");
        assertThat(page.locator("#capacity-slots")).containsText("Enough operators");
        assertThat(page.locator("#capacity-slots")).containsText("Short by 1 operator");
        // Which windows head the list depends on every school planned that day in this shared context; the
        // browserless CapacityViewIntegrationTests pins the choice. Here: the list is there, in words.
        assertThat(page.locator("#capacity-moves")).containsText("Ask to open at");
        assertThat(page.locator("#roster-shifts")).containsText("ann.hughes.cap");
        assertThat(page.locator("#capacity-download")).hasText("Download CSV");
        page.setViewportSize(1280, 1500);
        Axe.assertAccessible(page, "capacity-plan");
    }

    private ProvisionId school(AuthorityId authority, String name, LocalTime opens, int children) {
        schools++;
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 96096" + schools), "Mrs Plan", "heron", Frequency.DAILY,
                null, List.of(new CallWindow(null, opens, opens.plusMinutes(30)))));
        for (int i = 0; i < children; i++) {
            var child = directory.createChild(new NewChild(authority, null, "Pat", name.split(" ")[0] + "son"
                    + (char) ('a' + i % 26) + (char) ('a' + i / 26), today.minusYears(9), 4, Cohort.LAC, true,
                    SenStatus.NONE));
            directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(5));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(today).stream()
                .anyMatch(c -> c.provisionId().equals(school)));
        return school;
    }
}
