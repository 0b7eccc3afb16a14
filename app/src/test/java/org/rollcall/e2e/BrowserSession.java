package org.rollcall.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright (no browser download). CI installs the package; where it is missing the
 * browser tests are reported as skipped with the reason, never silently passed.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ROLLCALL_CHROMIUM", "/usr/bin/chromium"));

    final Playwright playwright;
    final Browser browser;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static BrowserSession start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "end-to-end browser tests need Chromium at " + CHROMIUM
                + " (Debian: apt-get install chromium; .ci/run installs it)");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        return new BrowserSession(playwright, browser);
    }

    /** A new page signed in through the login form. */
    Page signIn(int port, String username, String password) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
