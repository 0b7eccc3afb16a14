package org.rollcall.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser's icon, over real HTTP and without signing in: served at /favicon.ico and linked by every page. */
@RollcallIntegrationTest
class FaviconIntegrationTests {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAnonymousBrowserGetsTheIcon() throws Exception {
        HttpResponse<byte[]> icon = get("/favicon.ico", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .isIn("image/x-icon", "image/vnd.microsoft.icon"));
        try (InputStream file = getClass().getResourceAsStream("/META-INF/resources/favicon.ico")) {
            assertThat(icon.body()).isEqualTo(file.readAllBytes());
        }
        // An ICO file: reserved 0, type 1 (icon), then the number of images.
        assertThat(icon.body()).startsWith(0, 0, 1, 0);

        HttpResponse<String> svg = get("/icons/rollcall.svg", HttpResponse.BodyHandlers.ofString());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).contains("<svg");
    }

    @Test
    void theLoginPageLinksTheIcon() throws Exception {
        HttpResponse<String> login = get("/login", HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("rel=\"icon\"").contains("href=\"favicon.ico\"")
                .contains("href=\"icons/rollcall.svg\"");
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), body);
    }
}
