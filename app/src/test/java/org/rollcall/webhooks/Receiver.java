package org.rollcall.webhooks;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A webhook receiver over real https on 127.0.0.1 (TestCertificate), as an authority's system would be: it answers each request with the
 * next planned status (200 once the plan runs out) and checks signatures as the README tells receivers to.
 */
public final class Receiver implements AutoCloseable {

    public record Received(String path, Map<String, List<String>> headers, String body, int answered) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Integer> plan = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Long> delays = new java.util.concurrent.ConcurrentHashMap<>();

    public Receiver() throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(TestCertificate.serverContext()));
        server = https;
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Integer planned = plan.pollFirst();
            int status = planned == null ? 200 : planned;
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, status));
            long delay = delays.getOrDefault(path, 0L);
            if (delay > 0) {
                try {
                    Thread.sleep(delay); // a slow receiver: the request has arrived, the answer takes its time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        // Several requests at once, as a real receiver takes them (one thread would queue a fast one behind a slow).
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url(String path) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answerNext(int... statuses) {
        for (int status : statuses) {
            plan.addLast(status);
        }
    }

    /** Requests to this path are answered only after this long. */
    public void delay(String path, long millis) {
        delays.put(path, millis);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** What a receiver does: HMAC-SHA256 of "t.body" with the secret, compared in constant time. */
    public static boolean signatureValid(Received request, String secret) throws Exception {
        String header = request.header("Rollcall-Signature");
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                t = kv[1];
            } else if (kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8));
        return v1 != null && MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
