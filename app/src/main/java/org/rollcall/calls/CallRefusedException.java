package org.rollcall.calls;

/** An operator action that does not fit the call's state; the message says why. */
public class CallRefusedException extends RuntimeException {

    public CallRefusedException(String message) {
        super(message);
    }
}
