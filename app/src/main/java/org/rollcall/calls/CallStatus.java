package org.rollcall.calls;

/** Where a call attempt is: due, offered to an operator, dialling, ringing, connected, in wrap-up, done, missed. */
public enum CallStatus {
    DUE, OFFERED, DIALLING, RINGING, CONNECTED, WRAP_UP, DONE, MISSED,
    /** Planned, then no longer needed before it was dialled: the provision closed, or no monitored child left. */
    CANCELLED;

    public boolean isLive() {
        return this == DIALLING || this == RINGING || this == CONNECTED;
    }
}
