package org.rollcall.notify.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.mail.MailSendException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

/** What an admin is shown of a failed attempt, and whether trying again can help. */
final class SmtpErrors {

    private static final int MAX = 1000;
    private static final Pattern PERMANENT_REPLY = Pattern.compile("5\\d\\d[ -].*");

    private SmtpErrors() {
    }

    /**
     * The first line of each distinct message down the chain, outermost first: the server's reply ("550 5.1.1 …")
     * or the network fault ("Connection refused") is in there. Spring's MailSendException keeps the failures of each
     * message apart from its cause, and Jakarta Mail repeats nested messages inside its own, hence first lines.
     */
    static String describe(Throwable failure) {
        List<String> lines = new ArrayList<>();
        for (Throwable t : chain(failure)) {
            if (t instanceof MailSendException m && m.getMessageExceptions().length > 0) {
                continue;
            }
            String message = t.getMessage();
            String first = message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
            if (!first.isEmpty() && !lines.contains(first)) {
                lines.add(first);
            }
        }
        String all = lines.isEmpty() ? failure.getClass().getSimpleName() : String.join(" ← ", lines);
        return all.length() > MAX ? all.substring(0, MAX) + "…" : all;
    }

    /**
     * A refusal the server says is permanent (an SMTP 5xx reply about the recipient or the message) will not mend by
     * retrying; a network fault, a 4xx reply or an unreachable server may.
     */
    static boolean permanent(Throwable failure) {
        List<Throwable> chain = chain(failure);
        return chain.stream().anyMatch(SendFailedException.class::isInstance) && chain.stream()
                .map(Throwable::getMessage).filter(m -> m != null)
                .map(m -> m.strip().lines().findFirst().orElse(""))
                .anyMatch(line -> PERMANENT_REPLY.matcher(line).matches());
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty() && all.size() < 20) {
            Throwable t = next.poll();
            if (all.contains(t)) {
                continue;
            }
            all.add(t);
            if (t instanceof MailSendException m) {
                next.addAll(Arrays.asList(m.getMessageExceptions()));
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                next.add(m.getNextException());
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
        }
        return all;
    }
}
