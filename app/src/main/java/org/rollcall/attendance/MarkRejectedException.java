package org.rollcall.attendance;

/** A mark was refused; the message says what was wrong and what would be accepted. Nothing was saved. */
public class MarkRejectedException extends RuntimeException {

    public MarkRejectedException(String message) {
        super(message);
    }
}
