package org.rollcall.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

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

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
