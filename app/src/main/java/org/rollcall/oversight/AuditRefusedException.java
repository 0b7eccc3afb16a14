package org.rollcall.oversight;

/** An audit query or export was refused; the message says what was wrong and what is accepted. */
public class AuditRefusedException extends RuntimeException {

    public AuditRefusedException(String message) {
        super(message);
    }
}
