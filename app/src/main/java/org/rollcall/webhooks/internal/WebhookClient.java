package org.rollcall.webhooks.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.rollcall.webhooks.WebhookProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * POSTs one signed body. Redirects are never followed: a 3xx is a failed attempt, so a receiver cannot bounce Rollcall
 * to an address the guard never checked. The answer's body is discarded unread.
 */
@Component
class WebhookClient {

    private final HttpClient http;
    private final WebhookProperties properties;

    /** @param trust an SSLContext named "webhooks" replaces the JDK's trusted CAs: tests' self-signed receivers only */
    WebhookClient(WebhookProperties properties, @Qualifier("webhooks") ObjectProvider<SSLContext> trust) {
        this.properties = properties;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        trust.ifAvailable(builder::sslContext);
        this.http = builder.build();
    }

    /** @return the receiver's status code */
    int post(URI url, String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(properties.readTimeout())
                .header("Content-Type", "application/json").header("User-Agent", "Rollcall-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
