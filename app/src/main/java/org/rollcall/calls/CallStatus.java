package org.rollcall.calls;

/**
 * Where a call attempt is: due, offered to an operator, dialling, ringing, connected, in wrap-up, done, missed,
 * cancelled, or offered again because the operator's phone could not be reached.
 */
public enum CallStatus {
    DUE("Due"),
    OFFERED("Offered to an operator"),
    DIALLING("Dialling"),
    RINGING("Ringing"),
    CONNECTED("Connected"),
    WRAP_UP("In wrap-up"),
    DONE("Done"),
    MISSED("Missed"),
    /** Planned, then no longer needed before it was dialled: the provision closed, or no monitored child left. */
    CANCELLED("Cancelled: no longer needed"),
    /**
     * The operator's own phone could not be reached, so the school was never dialled: the call went straight back to
     * the queue (a new row with the same attempt number) and this attempt does not count.
     */
    REQUEUED("Offered again: the operator's phone could not be reached");

    private final String label;

    CallStatus(String label) {
        this.label = label;
    }

    public boolean isLive() {
        return this == DIALLING || this == RINGING || this == CONNECTED;
    }

    /** What screens show. */
    public String label() {
        return label;
    }
}
