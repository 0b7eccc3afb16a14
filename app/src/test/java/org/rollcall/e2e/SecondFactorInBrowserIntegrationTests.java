package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import com.microsoft.playwright.Page;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;

/**
 * The second factor in Chromium with it required (as in production): first sign-in enrols from the key shown on
 * screen, recovery codes shown once; the next sign-in asks for the code; a replayed code and a used recovery code
 * are refused; an admin's reset makes the user enrol again; until the code is right the session opens no screen.
 * Codes are computed here from the key read off the screen, as an authenticator app would.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.accounts.second-factor=required")
@Import(SecondFactorInBrowserIntegrationTests.Sessions.class)
class SecondFactorInBrowserIntegrationTests extends InBrowser {

    private static final String PASSWORD = "totp-browser-1";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired Accounts accounts;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired Sessions sessions;

    /** The server's HTTP sessions by id, so a test can end one as the time-out would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Sessions implements HttpSessionListener {

        private final Map<String, HttpSession> byId = new ConcurrentHashMap<>();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            byId.put(event.getSession().getId(), event.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            byId.remove(event.getSession().getId());
        }

        HttpSession get(String id) {
            // A sign-in changes the session's id; look the session up by its current one.
            return byId.values().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
        }
    }

    @BeforeAll
    void users() {
        accounts.createUser("qa-totp", "Quinn Totp", PASSWORD, Role.QA, null);
        accounts.createUser("qa-half", "Half Signed", PASSWORD, Role.QA, null);
        accounts.createUser("admin-totp", "Admin Totp", PASSWORD, Role.ADMIN, null);
    }

    @Test
    void enrolOnFirstSignInThenSignInWithACodeAReplayedCodeAndAUsedRecoveryCodeAreRefused() throws Exception {
        Page page = signIn("qa-totp", PASSWORD);
        page.waitForURL(u -> path(u).equals("/sign-in/enrol"));
        assertThat(page).hasTitle("Set up your second factor · Rollcall");
        assertThat(page.locator("img[alt^='QR code']")).isVisible();
        String key = page.locator("#second-factor-key").textContent().replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");
        screenshot(page, "sign-in-enrol");
        Axe.assertAccessible(page, "sign-in-enrol");

        page.locator("#second-factor-code input").fill("000000");
        page.keyboard().press("Enter");
        assertThat(page.locator("#second-factor-code")).hasAttribute("invalid", "");
        page.locator("#second-factor-code input").fill(code(key, 0));
        page.keyboard().press("Enter");
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        List<String> recovery = page.locator("#recovery-codes li").allTextContents();
        Axe.assertAccessible(page, "sign-in-recovery-codes");
        page.getByText("I have kept them: continue").click();
        page.waitForURL(u -> path(u).equals("/calls"));
        assertThat(page.locator("#shell-user")).hasText("Quinn Totp · QA reviewer");
        assertThat(audit.count("second factor enrolled", "user", "qa-totp")).isEqualTo(1);

        // Next sign-in: the code step. The code of the step after this one (accepted: one step either side).
        String next = code(key, 1);
        Page again = signIn("qa-totp", PASSWORD);
        again.waitForURL(u -> path(u).equals("/sign-in/code"));
        assertThat(again).hasTitle("Enter your code · Rollcall");
        screenshot(again, "sign-in-code");
        Axe.assertAccessible(again, "sign-in-code");
        again.locator("#second-factor-code input").fill(next);
        again.keyboard().press("Enter");
        again.waitForURL(u -> path(u).equals("/calls"));
        assertThat(again.locator("#shell-title")).not().isEmpty();

        // The session ends (as after the time-out): the next thing the screen sends the server (opening the menu;
        // else the heartbeat) takes it to the login page, which says so and when.
        String sessionId = again.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .findFirst().orElseThrow().value;
        sessions.get(sessionId).invalidate();
        again.locator("vaadin-drawer-toggle").click();
        again.waitForURL(u -> path(u).equals("/login"));
        assertThat(again.locator("#signed-out")).containsText("You were signed out");
        assertThat(again.locator("#signed-out")).containsText(" on Wednesday 2 December 2026 ");

        Page replay = signIn("qa-totp", PASSWORD);
        replay.waitForURL(u -> path(u).equals("/sign-in/code"));
        replay.locator("#second-factor-code input").fill(next);
        replay.keyboard().press("Enter");
        assertThat(replay.locator("#second-factor-code")).hasAttribute("invalid", "");
        assertThat(replay.locator("#second-factor-code")).containsText("used already");
        // Lumo grows the error message's space over 0.4 s; the picture is of the settled screen.
        replay.waitForTimeout(800);
        screenshot(replay, "sign-in-code-refused");
        replay.navigate(url("/calls"));
        replay.waitForURL(u -> path(u).equals("/login"));

        Page rescued = signIn("qa-totp", PASSWORD);
        rescued.waitForURL(u -> path(u).equals("/sign-in/code"));
        rescued.locator("#second-factor-code input").fill(recovery.get(0));
        rescued.keyboard().press("Enter");
        rescued.waitForURL(u -> path(u).equals("/calls"));

        Page reused = signIn("qa-totp", PASSWORD);
        reused.waitForURL(u -> path(u).equals("/sign-in/code"));
        reused.locator("#second-factor-code input").fill(recovery.get(0));
        reused.keyboard().press("Enter");
        assertThat(reused.locator("#second-factor-code")).hasAttribute("invalid", "");

        // An admin resets it (lost phone): the next sign-in enrols again.
        HttpResponse<String> reset = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/v1/admin/users/qa-totp/second-factor")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin-totp:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(audit.count("second factor reset", "user", "qa-totp")).isEqualTo(1);
        Page enrolAgain = signIn("qa-totp", PASSWORD);
        enrolAgain.waitForURL(u -> path(u).equals("/sign-in/enrol"));
    }

    @Test
    void afterThePasswordAloneTheSessionOpensNoScreen() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher token = CSRF.matcher(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).isTrue();
        String form = "username=qa-half&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in/enrol");

        for (String screen : new String[] {"/", "/calls", "/workspace", "/extranet"}) {
            HttpResponse<String> answer = browser.send(get(screen), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(screen).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(screen).endsWith("/login");
        }
        assertThat(browser.send(get("/sign-in/enrol"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).GET().build();
    }

    /** The code an authenticator app shows {@code steps} 30-second steps from Rollcall's now. */
    private String code(String key, int steps) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(key,
                clock.instant().getEpochSecond() / 30 + steps);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", name + ".png")));
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }
}
