package org.rollcall.notify.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted SMTP server over real TCP that refuses every recipient for good ("550 5.1.1"), as a relay does for an
 * address that does not exist. Counts the conversations it had.
 */
final class RefusingSmtpServer implements AutoCloseable {

    final AtomicInteger conversations = new AtomicInteger();
    private final ServerSocket server;
    private final Thread thread;

    RefusingSmtpServer(int port) throws IOException {
        server = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
        thread = Thread.ofVirtual().start(this::serve);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                conversations.incrementAndGet();
                converse(socket);
            } catch (IOException e) {
                // closed, or the client hung up: wait for the next one
            }
        }
    }

    private static void converse(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 refusing.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 refusing.test");
                case "MAIL" -> reply(out, "250 2.1.0 Ok");
                case "RCPT" -> reply(out, "550 5.1.1 <" + line.replaceAll(".*<|>.*", "")
                        + ">: Recipient address rejected: User unknown");
                case "RSET", "NOOP" -> reply(out, "250 2.0.0 Ok");
                case "QUIT" -> {
                    reply(out, "221 2.0.0 Bye");
                    return;
                }
                default -> reply(out, "502 5.5.2 Command not recognised");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
