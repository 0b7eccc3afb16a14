package org.rollcall.telephony.twilio;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * Plays api.twilio.com on 127.0.0.1: records every request, answers calls and recordings. {@link #httpClient()}
 * is a Twilio HttpClient that rebases https://api.twilio.com onto it.
 */
final class StubTwilioApi implements AutoCloseable {

    /** The stub client's timeout, and how long a hanging request waits (longer). */
    static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(1);
    private static final java.time.Duration HANG = java.time.Duration.ofSeconds(3);

    record Seen(String method, String path, Map<String, String> form, String authorization) {
    }

    final List<Seen> requests = new CopyOnWriteArrayList<>();
    /** JSON answers to GETs, by the end of the path (e.g. "/Calls/CA1.json"); others get a queued call. */
    final Map<String, String> answers = new java.util.concurrent.ConcurrentHashMap<>();
    /** Paths (by their end) answered 404, as Twilio answers for a SID it does not know. */
    final List<String> unknown = new CopyOnWriteArrayList<>();
    final byte[] recording;
    private final HttpServer server;
    private volatile int failWith;
    private volatile boolean hang;

    StubTwilioApi(byte[] recording) throws IOException {
        this.recording = recording;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            requests.add(new Seen(exchange.getRequestMethod(), path, form(body),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            if (hang) {
                sleep(HANG.toMillis());
            }
            byte[] answer;
            int status = 200;
            if (failWith != 0) {
                status = failWith;
                answer = ("{\"code\": 20" + status + ", \"message\": \"Service unavailable\", \"more_info\": "
                        + "\"https://www.twilio.com/docs/errors/20" + status + "\", \"status\": " + status + "}")
                        .getBytes(StandardCharsets.UTF_8);
            } else if (unknown.stream().anyMatch(path::endsWith)) {
                answer = "{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}"
                        .getBytes(StandardCharsets.UTF_8);
                status = 404;
            } else if (path.endsWith(".wav")) {
                answer = recording;
            } else if (exchange.getRequestMethod().equals("DELETE")) {
                answer = new byte[0];
                status = 204;
            } else if (exchange.getRequestMethod().equals("GET") && answers.keySet().stream().anyMatch(path::endsWith)) {
                answer = answers.entrySet().stream().filter(e -> path.endsWith(e.getKey())).findFirst().orElseThrow()
                        .getValue().getBytes(StandardCharsets.UTF_8);
            } else {
                answer = "{\"sid\":\"CA0123456789abcdef0123456789abcdef\",\"status\":\"queued\"}"
                        .getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        // Requests are answered on their own threads, so one left hanging does not hold up the next.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(Thread.ofPlatform().daemon()
                .factory()));
        server.start();
    }

    /** Every request is answered with this HTTP status and Twilio's error body (0: answer normally again). */
    void failWith(int status) {
        failWith = status;
    }

    /** Requests get no answer within the client's timeout, as when Twilio or the network stalls. */
    void hang(boolean hanging) {
        hang = hanging;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    HttpClient httpClient() {
        return new HttpClient() {
            private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

            @Override
            public Response makeRequest(Request request) {
                String url = request.constructURL().toString().replaceFirst("https://[a-z0-9.]*twilio\\.com", base());
                var builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
                if (request.getUsername() != null) {
                    builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (request.getUsername() + ":" + request.getPassword()).getBytes(StandardCharsets.UTF_8)));
                }
                String form = request.encodeFormBody();
                builder.header("Content-Type", "application/x-www-form-urlencoded");
                builder.method(request.getMethod().toString(), form == null || form.isEmpty()
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
                try {
                    HttpResponse<InputStream> response = http.send(builder.build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    return new Response(response.body(), response.statusCode());
                } catch (IOException e) {
                    // As Twilio's own NetworkHttpClient does for a refused connection or a timeout.
                    throw new ApiConnectionException("IOException during API request to Twilio", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.merge(key, value, (a, b) -> a + "," + b);
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
