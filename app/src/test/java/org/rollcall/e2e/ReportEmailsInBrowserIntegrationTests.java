package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.subscriptions.NewSubscription;
import org.rollcall.subscriptions.ReportEmailSettings;
import org.rollcall.subscriptions.ReportFrequency;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

/**
 * In Chromium: an authority user reads "Report emails" (report, address, how often, next email in words; no enum
 * names or ids) and adds one with the keyboard only (type the report's name, Enter, Tab, type the address, Enter).
 * axe-core finds nothing serious; the page is kept as docs/screenshots/report-emails.png. Clock: Wednesday
 * 2 December 2026.
 */
@RollcallIntegrationTest
class ReportEmailsInBrowserIntegrationTests extends InBrowser {

    private static final String DOMAIN = "browser-shire.example.gov.uk";
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired ReportEmailSettings settings;

    @BeforeAll
    void anAuthorityWithTwoReportEmails() {
        AuthorityId shire = directory.createAuthority("Browser Mail Shire", Nation.ENGLAND, "984");
        settings.setAllowedDomains(shire, List.of(DOMAIN), "test admin");
        settings.subscribe(shire, new NewSubscription("daily-absence", "virtual.school@" + DOMAIN,
                ReportFrequency.DAILY, null), "test admin");
        settings.subscribe(shire, new NewSubscription("weekly-summary", "head@" + DOMAIN, ReportFrequency.WEEKLY,
                DayOfWeek.FRIDAY), "test admin");
        accounts.createUser("browser-mail-la", "Browser VSH", "browser-mail-la-1", Role.AUTHORITY, shire);
    }

    @Test
    void theListReadsInWordsAndAReportEmailIsAddedFromTheKeyboard() {
        Page page = signIn("browser-mail-la", "browser-mail-la-1");
        page.waitForURL(u -> !u.contains("login"));
        page.navigate(url("/report-emails"));
        assertThat(page.locator("h2")).hasText("Report emails · Browser Mail Shire");
        assertThat(page).hasTitle("Report emails · Browser Mail Shire · Wednesday 2 December 2026 · Rollcall");
        assertThat(page.locator("#report-emails-grid")).containsText("Every Friday");
        assertThat(page.locator("#report-emails-grid")).containsText("Friday 4 December 2026 at 16:30");

        page.locator("#report-email-report input").focus();
        page.keyboard().type("Exclusions");
        // The list filters on the server: pick once the matching report is offered.
        assertThat(page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Exclusions")).first()).isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("#report-email-report input")).hasValue("Exclusions");
        page.keyboard().press("Tab");
        page.keyboard().type("duty@" + DOMAIN);
        page.keyboard().press("Enter");
        assertThat(page.locator("#report-emails-status")).hasText("Exclusions will be emailed to duty@" + DOMAIN
                + " every weekday, first on Wednesday 2 December 2026.");
        assertThat(page.locator("#report-emails-grid")).containsText("duty@" + DOMAIN);

        Path shot = Path.of("target", "e2e", "report-emails.png");
        page.locator("main, vaadin-app-layout").first().screenshot(
                new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(shot));
        String shown = page.locator("main, vaadin-app-layout").first().innerText()
                + String.join("\n", page.locator("vaadin-grid-cell-content").allInnerTexts());
        assertThat(shown).doesNotContain("DAILY", "WEEKLY", "DAILY_ABSENCE", "weekly-summary", "FRIDAY", "null",
                "\u2026");
        assertThat(UUID.matcher(shown).find()).as("an id on screen: %s", shown).isFalse();
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth")).as("the page scrolls sideways").isTrue();
        assertThat((Boolean) page.evaluate("() => { const t = document.getElementById('report-emails-grid').$.table;"
                + " return t.scrollWidth <= t.clientWidth; }")).as("the list scrolls sideways").isTrue();
        assertThat(page.locator("#report-email-report")).not().hasAttribute("invalid", "");
        List<?> cut = (List<?>) page.evaluate("() => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                + ".filter(c => c.scrollWidth > c.clientWidth).map(c => c.innerText)");
        assertThat(cut).as("grid cells cut off").isEmpty();
        Axe.assertAccessible(page, "report-emails");
    }
}
