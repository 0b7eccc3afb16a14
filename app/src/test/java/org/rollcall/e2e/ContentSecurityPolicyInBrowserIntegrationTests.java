package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * The Content-Security-Policy (ADR 0019) in Chromium from the first page on: the login form, signing in, a signed-in
 * screen and the API documentation (Swagger UI) all work, and Chromium reports no violation (while it does report
 * an image from another origin, so the watch is real).
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.demo.seed=9019") // shares FreeTextInBrowserIntegrationTests' context
class ContentSecurityPolicyInBrowserIntegrationTests extends InBrowser {

    @Autowired Accounts accounts;

    @Test
    void theLoginAScreenAndTheApiDocumentationWorkWithNoViolation() {
        accounts.createUser("qa-csp", "QA Policy", "csp-password-1", Role.QA, null);
        List<String> violations = new CopyOnWriteArrayList<>();
        Page page = anonymous();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });

        page.navigate(url("/"));
        page.locator("#vaadinLoginUsername input").fill("qa-csp");
        page.locator("#vaadinLoginPassword input").fill("csp-password-1");
        page.locator("vaadin-button[slot=submit]").click();
        assertThat(page.getByText("QA Policy", new Page.GetByTextOptions().setExact(false)).first()).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

        page.navigate(url("/swagger-ui.html"));
        assertThat(page.getByText("Rollcall API").first()).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(30_000));
        assertThat(page.getByText("/api/v1/attendance").first()).isVisible();

        org.assertj.core.api.Assertions.assertThat(violations).as("Content-Security-Policy violations").isEmpty();

        // The watch itself works: an image from another origin is refused, and Chromium says so.
        page.evaluate("() => { const probe = new Image(); probe.src = 'http://203.0.113.9/probe.png'; "
                + "document.body.appendChild(probe); }");
        for (int i = 0; i < 50 && violations.isEmpty(); i++) {
            page.waitForTimeout(100);
        }
        org.assertj.core.api.Assertions.assertThat(violations).singleElement().asString().contains("img-src");
    }
}
