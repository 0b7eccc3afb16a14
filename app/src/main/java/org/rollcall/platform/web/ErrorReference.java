package org.rollcall.platform.web;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure on our side (a database error, a bug) is logged in full under a short reference; people see only the
 * reference, never the database's own text, and quote it to whoever reads the log.
 */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** Logs the failure with a new reference, such as "RC-7KQ2M9XD", and returns the reference. */
    public static String logged(String what, Throwable failure) {
        StringBuilder reference = new StringBuilder("RC-");
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        log.error("{} failed (reference {})", what, reference, failure);
        return reference.toString();
    }

    /** What a person is told: nothing about the cause, the reference to quote. */
    public static String message(String reference) {
        return "Something went wrong on our side. Try again; if it happens again, tell an administrator the "
                + "reference " + reference + ".";
    }
}
