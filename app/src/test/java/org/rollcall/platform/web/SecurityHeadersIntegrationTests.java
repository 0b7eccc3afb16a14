package org.rollcall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers a browser and an API client get (issue 18, item 3), over real HTTP: on the login page, on a Vaadin
 * page of a signed-in user, on an API answer, and the session cookie's attributes with and without TLS in front.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @LocalServerPort int port;

    private String token;

    @BeforeAll
    void anAuthorityWithAUserAndAToken() {
        AuthorityId authority = directory.createAuthority("Header Borough", Nation.ENGLAND, "861");
        accounts.createUser("authority-headers", "Authority user", "authority-headers-password", Role.AUTHORITY,
                authority);
        token = tokens.issue(authority, "headers test");
    }

    @Test
    void theLoginPageHasTheVaadinPolicyAndNoStore() throws Exception {
        var page = HttpClient.newHttpClient().send(get("/login").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertUiHeaders(page.headers());
    }

    @Test
    void aSignedInVaadinPageWithPersonalDataHasTheSameHeaders() throws Exception {
        HttpClient browser = signedIn("authority-headers");

        var page = browser.send(get("/extranet").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        assertUiHeaders(page.headers());
    }

    @Test
    void anApiAnswerMayRunNothingAndIsNotStored() throws Exception {
        var answer = HttpClient.newHttpClient().send(get("/api/v1/attendance")
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        HttpHeaders headers = answer.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain http").isEmpty();
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyButNotSecureOverPlainHttp() throws Exception {
        var page = HttpClient.newHttpClient().send(get("/login").build(), HttpResponse.BodyHandlers.ofString());

        String cookie = sessionCookie(page.headers());
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        // What a TLS-terminating proxy on the same machine or private network sends (README, Security).
        var page = HttpClient.newHttpClient().send(get("/login").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sessionCookie(page.headers())).contains("Secure").contains("SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as(page.headers().map().toString())
                .hasValueSatisfying(v ->
                assertThat(v).contains("max-age=31536000"));
    }

    private static void assertUiHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).as(headers.map().toString())
                .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self';").contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("connect-src 'self'"));
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
    }

    /** A browser's way in: the login page (session cookie and CSRF token), then the form post. */
    private HttpClient signedIn(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("a CSRF token in the login page").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(username + "-password") + "&_csrf="
                + encode(csrf.group(1));
        var login = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("signed in and sent on").isEqualTo(302);
        return browser;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(url(path)).GET();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
