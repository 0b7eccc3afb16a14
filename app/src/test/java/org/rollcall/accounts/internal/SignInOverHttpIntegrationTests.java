package org.rollcall.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in over real HTTP: the login form's CSRF token, and the lockout on the login form and on staff HTTP Basic,
 * per user name and per source address (the address a trusted proxy forwarded).
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInOverHttpIntegrationTests {

    /** An unknown call: 404 for a signed-in QA reviewer, 401 for anyone not signed in. */
    private static final String SIGNED_IN_PROBE = "/api/v1/calls/00000000-0000-0000-0000-000000000000";
    private static final int SIGNED_IN = 404;

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void users() {
        accounts.createUser("http-qa", "QA Over Http", "qa-password-1", Role.QA, null);
        accounts.createUser("http-qa-off", "Disabled Over Http", "qa-password-1", Role.QA, null);
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = 'http-qa-off'").update();
        accounts.createUser("http-locked", "Locked Over Http", "qa-password-1", Role.QA, null);
        accounts.createUser("http-admin", "Admin Over Http", "admin-password-1", Role.ADMIN, null);
    }

    @Test
    void aLoginPostWithoutTheFormsCsrfTokenSignsNobodyIn() throws Exception {
        Browser browser = new Browser(null);
        String page = browser.get("/login").body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the login page carries Spring's CSRF token for the login form").isTrue();

        // Another site's form: the right password, no token (or a made-up one).
        HttpResponse<String> forged = browser.post("/login", Map.of("username", "http-qa",
                "password", "qa-password-1"));
        assertRefusedAsForged(forged);
        assertThat(browser.signedIn()).isFalse();
        HttpResponse<String> wrongToken = browser.post("/login", Map.of("username", "http-qa",
                "password", "qa-password-1", "_csrf", "forged"));
        assertRefusedAsForged(wrongToken);
        assertThat(browser.signedIn()).isFalse();

        HttpResponse<String> real = browser.post("/login", Map.of("username", "http-qa",
                "password", "qa-password-1", "_csrf", token.group(1)));
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void unknownDisabledLockedAndWrongPasswordGetTheSameAnswerOnTheFormAndOnBasic() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("http-locked", "wrong", "192.0.2.40").statusCode()).isEqualTo(401);
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String[] attempt : new String[][] {{"http-nobody", "qa-password-1"}, {"http-qa-off", "qa-password-1"},
                {"http-locked", "qa-password-1"}, {"http-qa", "wrong-password"}}) {
            HttpResponse<String> answer = basic(attempt[0], attempt[1], "192.0.2.41");
            assertThat(answer.statusCode()).isEqualTo(401);
            bodies.put(attempt[0], answer.body().replaceAll("\"instance\":\"[^\"]*\"", "")
                    .replaceAll("\"reference\":\"[^\"]*\"", ""));

            Browser browser = new Browser("192.0.2.42");
            HttpResponse<String> form = browser.signIn(attempt[0], attempt[1]);
            assertThat(form.statusCode()).isEqualTo(302);
            assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
            assertThat(browser.signedIn()).isFalse();
        }
        assertThat(bodies.values()).as("one problem detail for all four").hasSize(4).containsOnly(
                bodies.get("http-qa"));
        assertThat(audit.count("sign-in locked", "user", "http-locked")).isEqualTo(1);
    }

    @Test
    void anAddressTryingManyUserNamesWaitsWhileOthersSignInAndAnAdminCanLiftTheLockout() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(basic("guess-" + i, "wrong", "192.0.2.50").statusCode()).isEqualTo(401);
        }
        assertThat(basic("http-qa", "qa-password-1", "192.0.2.50").statusCode()).isEqualTo(401);
        assertThat(new Browser("192.0.2.50").signIn("http-qa", "qa-password-1").headers()
                .firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(basic("http-qa", "qa-password-1", "192.0.2.51").statusCode()).isEqualTo(SIGNED_IN);
        assertThat(audit.count("sign-in locked", "address", "192.0.2.50")).isEqualTo(1);

        HttpResponse<String> unlock = send(HttpRequest.newBuilder(uri("/api/v1/admin/sign-in-locks/addresses/192.0.2.50"))
                .header("Authorization", basicHeader("http-admin", "admin-password-1")).DELETE());
        assertThat(unlock.statusCode()).isEqualTo(204);
        assertThat(audit.count("sign-in unlocked", "address", "192.0.2.50")).isEqualTo(1);
        assertThat(basic("http-qa", "qa-password-1", "192.0.2.50").statusCode()).isEqualTo(SIGNED_IN);

        HttpResponse<String> nothing = send(HttpRequest.newBuilder(uri("/api/v1/admin/sign-in-locks/users/http-qa"))
                .header("Authorization", basicHeader("http-admin", "admin-password-1")).DELETE());
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("nothing to unlock");
    }

    @Test
    void aLockedUserIsLetInAgainOnceAnAdminUnlocksThem() throws Exception {
        accounts.createUser("http-unlock", "Unlock Over Http", "qa-password-1", Role.QA, null);
        for (int i = 0; i < 5; i++) {
            basic("http-unlock", "wrong", "192.0.2.60");
        }
        assertThat(basic("http-unlock", "qa-password-1", "192.0.2.61").statusCode()).isEqualTo(401);
        HttpResponse<String> unlock = send(HttpRequest.newBuilder(uri("/api/v1/admin/sign-in-locks/users/http-unlock"))
                .header("Authorization", basicHeader("http-admin", "admin-password-1")).DELETE());
        assertThat(unlock.statusCode()).isEqualTo(204);
        assertThat(audit.count("sign-in unlocked", "user", "http-unlock")).isEqualTo(1);
        assertThat(basic("http-unlock", "qa-password-1", "192.0.2.61").statusCode()).isEqualTo(SIGNED_IN);
    }

    /**
     * Refused as forged: a 403, which the UI chain turns into a redirect to the plain login page; neither the
     * address a sign-in leads to ("/") nor a failed password's "/login?error".
     */
    private static void assertRefusedAsForged(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isIn(302, 403);
        assertThat(answer.headers().firstValue("Location").orElse("/login")).endsWith("/login");
    }

    private HttpResponse<String> basic(String user, String password, String forwardedFor) throws Exception {
        return send(HttpRequest.newBuilder(uri(SIGNED_IN_PROBE))
                .header("Authorization", basicHeader(user, password)).header("X-Forwarded-For", forwardedFor).GET());
    }

    private static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A cookie-keeping client, as a browser would be, behind a proxy that forwards {@code forwardedFor}. */
    final class Browser {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        final String forwardedFor;

        Browser(String forwardedFor) {
            this.forwardedFor = forwardedFor;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).isTrue();
            return post("/login", Map.of("username", username, "password", password, "_csrf", token.group(1)));
        }

        /** Whether a screen opens, rather than a redirect to the login page. */
        boolean signedIn() throws IOException, InterruptedException {
            HttpResponse<String> home = get("/");
            return home.statusCode() == 200;
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
            return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
        }
    }
}
