package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * In a real browser: the server goes away under an operator's workspace that nobody touches, and within a heartbeat
 * the screen says in words that the connection is lost and that what it shows is not up to date, as a banner that
 * stays (an alert for screen readers), the screen below in grey.
 */
@RollcallIntegrationTest
@DirtiesContext // its web server is stopped
@TestPropertySource(properties = "vaadin.heartbeat-interval=2")
class ConnectionLostInBrowserIntegrationTests extends InBrowser {

    @Autowired Accounts accounts;
    @Autowired WebServerApplicationContext server;

    @Test
    void anUntouchedWorkspaceSaysTheConnectionIsLostWhenTheServerGoesAway() {
        accounts.createUser("op-lost", "Operator Lost", "lost-password-1", Role.OPERATOR, null);
        Page page = signIn("op-lost", "lost-password-1");
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/workspace"));
        assertThat(page.locator("#operator-status")).hasText("You are offline");
        assertThat(page.locator("vaadin-connection-indicator[reconnecting], vaadin-connection-indicator[offline]"))
                .hasCount(0);
        assertThat(page.locator("html")).not().hasAttribute("data-connection-lost", "");

        server.getWebServer().stop();

        var message = page.locator("vaadin-connection-indicator .v-status-message");
        assertThat(message).containsText("Connection to Rollcall lost: this screen is not up to date",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(message).isVisible();
        // shown in full and opaque, not Vaadin's default 8-pixel stripe whose text shows only on hover
        page.waitForFunction("() => { const m = document.querySelector('vaadin-connection-indicator "
                + ".v-status-message'); return getComputedStyle(m).opacity === '1' "
                + "&& m.getBoundingClientRect().height >= 40; }");
        assertThat(message).hasAttribute("role", "alert");
        assertThat(page.locator("html")).hasAttribute("data-connection-lost", "");
        Axe.assertAccessible(page, "workspace-connection-lost"); // and a screenshot in target/e2e
    }
}
