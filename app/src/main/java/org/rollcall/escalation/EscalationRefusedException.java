package org.rollcall.escalation;

/** An action on an escalation that cannot be done, with a message saying why and what to do instead. */
public class EscalationRefusedException extends RuntimeException {

    public EscalationRefusedException(String message) {
        super(message);
    }
}
