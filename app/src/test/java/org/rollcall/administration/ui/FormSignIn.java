package org.rollcall.administration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that signs in through the login form, as a browser would. */
final class FormSignIn {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    FormSignIn(int port) {
        this.port = port;
    }

    /** Whether the form accepted the user name and password. */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return !answer.headers().firstValue("Location").orElseThrow().contains("error");
    }

    /** Whether a screen opens, rather than a redirect to the login page. */
    boolean signedIn() throws IOException, InterruptedException {
        return get("/").statusCode() == 200;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
