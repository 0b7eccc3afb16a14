package org.rollcall.notify.internal;

import java.util.Arrays;
import java.util.List;

import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail's SMTP server on the loopback interface, used when no relay is configured: Rollcall sends to it exactly as
 * it would to a relay, and keeps in memory everything it received for the "Outbox and mailbox" screen.
 */
class EmbeddedMailServer implements EmbeddedMailbox {

    static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;

    EmbeddedMailServer(int port) {
        ServerSetup smtp = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        this.greenMail = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
    }

    void start() {
        greenMail.start();
    }

    void stop() {
        greenMail.stop();
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    @Override
    public String address() {
        return HOST + ":" + port();
    }

    @Override
    public List<ReceivedMail> messages() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailboxReader::read).toList();
    }
}
