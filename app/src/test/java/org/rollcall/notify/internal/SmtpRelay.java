package org.rollcall.notify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rollcall.notify.ReceivedMail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A stand-in SMTP relay for tests (GreenMail, real SMTP over TCP) on a fixed port, that can go down and come back:
 * each start is a new server on the same port, and {@link #received()} counts what every one of them accepted.
 */
final class SmtpRelay {

    final int port = freePort();
    private final List<GreenMail> lives = new ArrayList<>();
    private GreenMail current;

    synchronized void start() {
        current = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        current.start();
        lives.add(current);
    }

    synchronized void stop() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    synchronized List<ReceivedMail> received() {
        return lives.stream().flatMap(g -> Arrays.stream(g.getReceivedMessages())).map(MailboxReader::read).toList();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
