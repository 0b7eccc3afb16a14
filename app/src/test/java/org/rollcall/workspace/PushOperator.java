package org.rollcall.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operator's browser, without a browser: signs in with the login form (Spring's CSRF token from the page's
 * meta tag), opens the workspace as Flow's client does ({@code ?v-r=init}) and holds Vaadin's push WebSocket
 * (Atmosphere) open. Each text frame the server pushes is handed to {@code onFrame} with the moment it arrived.
 */
final class PushOperator implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final String base;
    private final HttpClient http;
    private String session = "";
    private String uiId;
    private WebSocket socket;
    private volatile String closed;

    /** {@code http} is shared by many operators (one selector thread, not one each): the session cookie is ours. */
    PushOperator(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    static HttpClient sharedClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Signs in with the login form; fails unless the server sends the user on (not back to the login page). */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("/login").body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF meta tag on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> posted = send(request("/login").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("login")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + posted.statusCode() + " "
                    + location);
        }
    }

    /**
     * Opens {@code route} as the browser's Flow client would and connects push; returns the UIDL of the
     * rendered view.
     */
    String open(String route, BiConsumer<String, Long> onFrame) throws IOException, InterruptedException {
        get("/" + route); // the index page, as a browser loads it first
        String init = get("/?v-r=init&location=" + enc(route) + "&query=&v-sh=1080&v-sw=1920"
                + "&v-wh=1000&v-ww=1900&v-bh=1000&v-bw=1900&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC"
                + "&v-curdate=0&v-td=false&v-pr=1&v-wn=w1").body();
        Matcher pushId = PUSH_ID.matcher(init);
        Matcher uiId = UI_ID.matcher(init);
        if (!pushId.find() || !uiId.find()) {
            throw new IllegalStateException("no push id or UI id in the init answer: "
                    + init.substring(0, Math.min(600, init.length())));
        }
        Matcher key = SECURITY_KEY.matcher(init);
        if (!key.find()) {
            throw new IllegalStateException("no Vaadin security key in the init answer");
        }
        // The browser's client router then tells the server where it is: the view is built and attached here.
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), route);
        HttpResponse<String> view = send(request("/?v-r=uidl&v-uiId=" + uiId.group(1))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        if (view.statusCode() != 200) {
            throw new IllegalStateException("navigating to " + route + " answered " + view.statusCode());
        }
        this.uiId = uiId.group(1);
        String ws = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId.group(1)
                + "&v-pushId=" + enc(pushId.group(1)) + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=" + enc("application/json; charset=UTF-8")
                + "&X-atmo-protocol=true";
        socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).header("Cookie", cookie())
                .buildAsync(URI.create(ws), new Frames(onFrame, why -> closed = why)).join();
        return view.body();
    }

    /** What a browser sends every heartbeat interval (15 s here); without it the server closes the UI in 45 s. */
    void heartbeat() throws IOException, InterruptedException {
        send(request("/?v-r=heartbeat&v-uiId=" + uiId).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Why the server closed the push connection, or null while it is open. */
    String closed() {
        return closed;
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        return session.isEmpty() ? request : request.header("Cookie", cookie());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(c -> {
            Matcher m = SESSION.matcher(c);
            if (m.find()) {
                session = m.group(1);
            }
        });
        return response;
    }

    private String cookie() {
        return "JSESSIONID=" + session;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Collects a message's parts (a long push may come in several) and hands on each whole one. */
    private static final class Frames implements WebSocket.Listener {

        private final BiConsumer<String, Long> onFrame;
        private final java.util.function.Consumer<String> onClosed;
        private final StringBuilder partial = new StringBuilder();

        Frames(BiConsumer<String, Long> onFrame, java.util.function.Consumer<String> onClosed) {
            this.onFrame = onFrame;
            this.onClosed = onClosed;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            onClosed.accept(status + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            onClosed.accept(error.toString());
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                onFrame.accept(partial.toString(), System.nanoTime());
                partial.setLength(0);
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
