package org.rollcall.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/** One Chromium per test class, against the test's running server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InBrowser {

    @LocalServerPort int port;

    private BrowserSession session;

    @BeforeAll
    void startBrowser() {
        session = BrowserSession.start();
    }

    @AfterAll
    void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    /** A new page, signed in through the login form. */
    Page signIn(String username, String password) {
        return session.signIn(port, username, password);
    }

    /** A new page in a fresh browser context, signed in as nobody. */
    Page anonymous() {
        return session.browser.newPage();
    }

    /** An operator signed in on the workspace and ready (Alt+R); the caller waits for the call it expects. */
    Page readyOperator(String username, String password) {
        Page page = signIn(username, password);
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/workspace"));
        PlaywrightAssertions.assertThat(page.locator("#operator-status")).hasText("You are offline");
        page.keyboard().press("Alt+r");
        PlaywrightAssertions.assertThat(page.locator("#operator-status")).not().hasText("You are offline");
        return page;
    }

    /** Starts the offered call (Alt+S) and waits until it is connected. */
    static void startCall(Page page) {
        page.keyboard().press("Alt+s");
        PlaywrightAssertions.assertThat(page.locator("#call-status")).containsText("Connected",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
