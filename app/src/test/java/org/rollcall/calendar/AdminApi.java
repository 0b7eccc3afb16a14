package org.rollcall.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin REST API over real HTTP, as a user with HTTP Basic (or nobody). */
final class AdminApi {

    record Answer(int status, String body, HttpResponse<String> response) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The problem detail's list of problems, or its detail when it has none. */
        List<String> problems() {
            List<String> all = new ArrayList<>();
            json().path("problems").forEach(p -> all.add(p.stringValue()));
            return all;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String authorization;

    private AdminApi(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** A staff user with HTTP Basic. */
    static AdminApi as(int port, String user, String password) {
        return new AdminApi(port, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** An authority's system with its API token. */
    static AdminApi withToken(int port, String token) {
        return new AdminApi(port, "Bearer " + token);
    }

    static AdminApi anonymous(int port) {
        return new AdminApi(port, null);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Answer post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
