package org.rollcall.calls;

/** Where a call attempt is: due, offered to an operator, dialling, ringing, connected, in wrap-up, done. */
public enum CallStatus {
    DUE, OFFERED, DIALLING, RINGING, CONNECTED, WRAP_UP, DONE, MISSED;

    public boolean isLive() {
        return this == DIALLING || this == RINGING || this == CONNECTED;
    }
}
