package org.rollcall.recordings.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy in front of an S3 API that flips one bit in the body of the first PUT passing through, as a faulty
 * network card or middlebox would: the store computes its checksum over the right bytes, the server receives others.
 */
final class CorruptingProxy implements AutoCloseable {

    private static final int BODY_OFFSET = 1000;

    private final ServerSocket server;
    private final URI target;
    private final AtomicBoolean corrupted = new AtomicBoolean();

    CorruptingProxy(URI target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptLoop);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    boolean corrupted() {
        return corrupted.get();
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

    /** Copies byte by byte (test traffic is small); in requests, finds the first PUT's body and damages it. */
    private void pump(Socket from, Socket to, boolean request) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            var head = new StringBuilder();
            long body = -1; // bytes of the current PUT's body seen so far, -1 while reading a request head
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; request && !corrupted.get() && i < n; i++) {
                    if (body >= 0) {
                        if (body++ == BODY_OFFSET) {
                            buffer[i] ^= 0x01;
                            corrupted.set(true);
                        }
                    } else {
                        head.append((char) (buffer[i] & 0xff));
                        if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
                            // HEAD and GET carry no body: the next bytes are the next request's head
                            body = head.toString().startsWith("PUT ") ? 0 : -1;
                            head.setLength(0);
                        }
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
