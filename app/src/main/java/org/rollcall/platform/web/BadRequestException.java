package org.rollcall.platform.web;

import java.util.UUID;

/** Bad input to a REST endpoint; answered as a 400 problem detail with this message. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }

    /** Parses an id from a path, or says what was expected. */
    public static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + text + "' is not " + what + ": expected a UUID such as "
                    + "3f2b8c9e-4d1a-4c2b-9f3e-2a1b0c9d8e7f");
        }
    }
}
