package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.webhooks.Receiver;
import org.rollcall.webhooks.TestCertificate;
import org.rollcall.webhooks.WebhookFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * In Chromium: an authority user reads the Webhooks screen (subscription and delivery log in words, dates in full,
 * no enum names or ids, nothing cut off, no sideways scrolling) and replays a delivery with Tab and Enter only; the
 * receiver gets it again. axe-core finds nothing serious.
 */
@RollcallIntegrationTest
// the same settings as WebhookDeliveryIntegrationTests and WebhooksViewIntegrationTests: one context for all three
@TestPropertySource(properties = {"rollcall.webhooks.allow-private-addresses=true",
        "rollcall.webhooks.poll-interval=200ms", "rollcall.webhooks.initial-delay=300ms",
        "rollcall.webhooks.max-delay=300ms", "rollcall.webhooks.max-attempts=3"})
@Import(TestCertificate.class)
class WebhooksInBrowserIntegrationTests extends InBrowser {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Clock clock;
    private Receiver receiver;
    private WebhookFixture la;

    @BeforeAll
    void aDeliveredAbsence() throws Exception {
        receiver = new Receiver();
        LocalDate today = LocalDate.now(clock);
        la = WebhookFixture.create(directory, accounts, "Browser Hook Shire", "983", "01632 960803", today);
        la.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/case-system/absences")
                + "\", \"events\": [\"absence.recorded\", \"exclusion.recorded\"]}");
        attendance.record(new RecordMark(la.child(), la.school(), today, Session.AM, "I", "Flu", null, null,
                "op-browser-hook"));
        awaitDelivered();
    }

    private void awaitDelivered() {
        await().atMost(Duration.ofSeconds(20)).until(() -> la.send(port, "GET", "/api/v1/webhooks/deliveries",
                null).json().path("items").path(0).path("status").stringValue(), "DELIVERED"::equals);
    }

    @AfterAll
    void stop() {
        receiver.close();
    }

    @Test
    void theLogReadsInWordsAndADeliveryIsReplayedFromTheKeyboard() {
        Page page = signIn(la.user(), la.user() + "-password");
        page.waitForURL(u -> !u.contains("login"));
        page.navigate(url("/webhooks"));
        Locator subscriptions = page.locator("#webhook-subscriptions");
        Locator log = page.locator("#webhook-deliveries");
        assertThat(page.locator("h2")).hasText("Webhooks for Browser Hook Shire on Wednesday 2 December 2026");
        assertThat(subscriptions).containsText(receiver.url("/case-system/absences"));
        assertThat(subscriptions).containsText("Absence, Exclusion");
        assertThat(subscriptions).containsText(Pattern.compile("Wednesday 2 December 2026 at \\d\\d:\\d\\d by "
                + la.user()));
        assertThat(page.locator("#webhook-summary")).hasText("1 delivery.");
        assertThat(log).containsText("Delivered");
        assertThat(log).containsText("Wednesday 2 December 2026 at ");
        readable(page, "webhooks");

        // Tab to the log's first row, End to its Replay cell, Enter into the cell's button, Enter to press it.
        for (int i = 0; i < 60 && !focusedIn(page, "webhook-deliveries", "body-cell"); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(focusedIn(page, "webhook-deliveries", "body-cell")).as("Tab reaches the delivery log").isTrue();
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        assertThat(page.locator("#webhook-deliveries vaadin-button").first()).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#webhook-status")).containsText(
                "Sent again: Absence queued Wednesday 2 December 2026 at ");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "webhooks-replay-sent.png")));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received("/case-system/absences").size() == 2);
        awaitDelivered();
        page.reload();
        assertThat(log).containsText(Pattern.compile("Delivered, sent again Wednesday 2 December 2026 at "));
        readable(page, "webhooks-replayed");
    }

    /** Words only, nothing cut off or scrolled sideways, and axe-core content; keeps target/e2e/{name}.png. */
    private static void readable(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", name + ".png")));
        String shown = page.locator("main, vaadin-app-layout").first().innerText()
                + String.join("\n", page.locator("vaadin-grid-cell-content").allInnerTexts());
        assertThat(shown).doesNotContain("DELIVERED", "PENDING", "FAILED", "absence.recorded", "exclusion.recorded",
                "\u2026", "null");
        assertThat(UUID.matcher(shown).find()).as("an id on screen: %s", shown).isFalse();
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth")).as("the page scrolls sideways").isTrue();
        for (String grid : new String[] {"webhook-subscriptions", "webhook-deliveries"}) {
            assertThat((Boolean) page.evaluate("id => { const t = document.getElementById(id).$.table;"
                    + " return t.scrollWidth <= t.clientWidth; }", grid)).as("%s scrolls sideways", grid).isTrue();
        }
        List<?> cut = (List<?>) page.evaluate("() => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                + ".filter(c => c.scrollWidth > c.clientWidth).map(c => c.innerText)");
        assertThat(cut).as("grid cells cut off").isEmpty();
        Axe.assertAccessible(page, name);
    }

    /** Whether keyboard focus is on a cell of the given part ("body-cell") inside the grid with this id. */
    private static boolean focusedIn(Page page, String gridId, String part) {
        return (Boolean) page.evaluate("([id, part]) => { const g = document.activeElement;"
                + " if (!g || g.id !== id || !g.shadowRoot) return false;"
                + " const c = g.shadowRoot.activeElement;"
                + " return !!c && (c.getAttribute('part') || '').split(' ').includes(part); }",
                List.of(gridId, part));
    }
}
