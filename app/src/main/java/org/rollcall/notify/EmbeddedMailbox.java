package org.rollcall.notify;

import java.util.List;

/**
 * The embedded SMTP server's mailbox: every message it received since start-up (kept in memory). There is one only
 * when {@code spring.mail.host} is unset, so the demo shows what would have gone out.
 */
public interface EmbeddedMailbox {

    /** For example "127.0.0.1:3025". */
    String address();

    /** Oldest first. */
    List<ReceivedMail> messages();
}
