package org.rollcall.calls;

/** Where a call attempt is: due, offered to an operator, dialling, ringing, connected, in wrap-up, done, missed. */
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
    CANCELLED("Cancelled: no longer needed");

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
