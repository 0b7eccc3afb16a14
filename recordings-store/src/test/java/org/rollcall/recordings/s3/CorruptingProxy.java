package org.rollcall.recordings.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of an S3 API that sees every request head and, when asked to, flips one bit in the body of
 * the first PUT passing through, as a faulty network card or middlebox would: the store computes its checksum over
 * the right bytes, the server receives others.
 */
final class CorruptingProxy implements AutoCloseable {

    private static final int BODY_OFFSET = 1000;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("\r\ncontent-length:\\s*(\\d+)");

    private final ServerSocket server;
    private final URI target;
    private final boolean damage;
    private final AtomicBoolean corrupted = new AtomicBoolean();
    private final List<String> requestHeads = new CopyOnWriteArrayList<>();

    CorruptingProxy(URI target) throws IOException {
        this(target, true);
    }

    /** A proxy that only watches: the request heads are kept, the bytes pass untouched. */
    static CorruptingProxy observing(URI target) throws IOException {
        return new CorruptingProxy(target, false);
    }

    private CorruptingProxy(URI target, boolean damage) throws IOException {
        this.target = target;
        this.damage = damage;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptLoop);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    boolean corrupted() {
        return corrupted.get();
    }

    /** Request line and headers of every request so far, header names in lower case. */
    List<String> requestHeads() {
        return List.copyOf(requestHeads);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.getHost(), target.getPort());
                Thread.ofVirtual().start(() -> pump(client, upstream, true));
                Thread.ofVirtual().start(() -> pump(upstream, client, false));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /**
     * Copies byte by byte (test traffic is small). In requests, reads each head and skips its body by Content-Length;
     * when damaging, flips a bit in the first PUT's body.
     */
    private void pump(Socket from, Socket to, boolean request) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            var head = new StringBuilder();
            long body = -1; // bytes of the current body still to come, -1 while reading a request head
            boolean put = false;
            long seen = 0;
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; request && i < n; i++) {
                    if (body > 0) {
                        if (damage && put && seen++ == BODY_OFFSET && !corrupted.getAndSet(true)) {
                            buffer[i] ^= 0x01;
                        }
                        body--;
                        continue;
                    }
                    head.append((char) (buffer[i] & 0xff));
                    if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
                        String text = head.toString().toLowerCase(Locale.ROOT);
                        requestHeads.add(text);
                        Matcher length = CONTENT_LENGTH.matcher(text);
                        body = length.find() ? Long.parseLong(length.group(1)) : 0;
                        put = text.startsWith("put ");
                        seen = 0;
                        head.setLength(0);
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // either side closed
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
