package org.rollcall.recordings.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An S3 API from before conditional writes and checksums, over real HTTP on 127.0.0.1, in memory: it stores every
 * PUT, ignoring {@code If-None-Match} (or, when asked, answering it 501 NotImplemented as S3Proxy does on a backend
 * without conditional writes), and checks neither checksums nor signatures; when asked, it refuses unsigned bodies
 * (403) as an S3 API might over plain HTTP. Just enough of S3 for the store: bucket HEAD, object PUT, HEAD and
 * DELETE, with SigV4 streaming (aws-chunked) bodies decoded.
 */
final class LegacyS3Api implements AutoCloseable {

    record StoredObject(byte[] bytes, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final boolean notImplemented;
    private final boolean refusesUnsignedBodies;
    private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    /**
     * @param notImplemented answer a PUT with If-None-Match 501 instead of ignoring the header
     * @param refusesUnsignedBodies answer a PUT whose body is not SigV4-signed (UNSIGNED-PAYLOAD) 403
     */
    LegacyS3Api(boolean notImplemented, boolean refusesUnsignedBodies) throws IOException {
        this.notImplemented = notImplemented;
        this.refusesUnsignedBodies = refusesUnsignedBodies;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Objects by path ({@code /bucket/key}). */
    Map<String, StoredObject> objects() {
        return Map.copyOf(objects);
    }

    /** Method and path of every request so far, e.g. {@code PUT /bucket/key if-none-match}. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            boolean conditional = exchange.getRequestHeaders().containsKey("If-None-Match");
            requests.add(method + " " + path + (conditional ? " if-none-match" : ""));
            boolean bucket = path.indexOf('/', 1) < 0;
            switch (method) {
                case "PUT" -> put(exchange, path, conditional);
                case "HEAD" -> head(exchange, bucket ? new StoredObject(new byte[0], Map.of()) : objects.get(path));
                case "DELETE" -> {
                    objects.remove(path);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> error(exchange, 501, "NotImplemented", method + " is not part of this stub");
            }
        }
    }

    private void put(HttpExchange exchange, String path, boolean conditional) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        if (refusesUnsignedBodies && "UNSIGNED-PAYLOAD".equals(headers.getFirst("x-amz-content-sha256"))) {
            error(exchange, 403, "AccessDenied", "Unsigned payloads are only accepted over HTTPS");
            return;
        }
        if (conditional && notImplemented) {
            error(exchange, 501, "NotImplemented", "Conditional writes are not supported by this backend.");
            return;
        }
        if ("aws-chunked".equalsIgnoreCase(headers.getFirst("Content-Encoding"))) {
            body = decodeChunks(body);
        }
        Map<String, String> kept = new HashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-amz-meta-") || lower.equals("content-type")) {
                kept.put(lower, values.getFirst());
            }
        });
        objects.put(path, new StoredObject(body, kept));
        exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"");
        exchange.sendResponseHeaders(200, -1);
    }

    private static void head(HttpExchange exchange, StoredObject object) throws IOException {
        if (object == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        var headers = exchange.getResponseHeaders();
        object.headers().forEach(headers::add);
        headers.add("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        headers.add("Content-Length", Integer.toString(object.bytes().length));
        exchange.sendResponseHeaders(200, -1);
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, xml.length);
        exchange.getResponseBody().write(xml);
    }

    /** {@code size-in-hex;chunk-signature=…\r\n data \r\n}, until a chunk of size 0. */
    private static byte[] decodeChunks(byte[] body) throws IOException {
        var out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(body);
        while (true) {
            var line = new StringBuilder();
            for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
                line.append((char) c);
            }
            int size = Integer.parseInt(line.toString().split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            in.skipNBytes(2); // \r\n
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
