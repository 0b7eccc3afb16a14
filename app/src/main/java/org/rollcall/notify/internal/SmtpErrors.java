package org.rollcall.notify.internal;

import org.springframework.mail.MailException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

/** What an admin is shown of a failed attempt, and whether trying again can help. */
final class SmtpErrors {

    private static final int MAX = 1000;

    private SmtpErrors() {
    }

    /** The innermost messages, which carry the server's reply ("550 5.1.1 no such user") or the network fault. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = next(t)) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message.strip()) < 0) {
                if (!text.isEmpty()) {
                    text.append(" ← ");
                }
                text.append(message.strip());
            }
        }
        String all = text.isEmpty() ? failure.getClass().getSimpleName() : text.toString();
        return all.length() > MAX ? all.substring(0, MAX) + "…" : all;
    }

    /**
     * A refusal the server says is permanent (an SMTP 5xx reply about the recipient or the message) will not mend
     * by retrying; a network fault, a 4xx or an unreachable server may.
     */
    static boolean permanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SendFailedException) {
                String text = describe(t);
                return text.matches("(?s).*\\b5\\d\\d[ -].*");
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        if (t instanceof MailException) {
            return t.getCause();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
