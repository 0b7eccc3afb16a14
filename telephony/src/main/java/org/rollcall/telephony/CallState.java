package org.rollcall.telephony;

/** Where a call is, as far as the exchange is concerned. */
public enum CallState {
    PLACED, OPERATOR_UP, RINGING, ANSWERED, BRIDGED, BUSY, NO_ANSWER, FAILED, ENDED, RECORDED;

    /** No further call-progress events are possible; only the recording may still come. */
    public boolean isOver() {
        return this == ENDED || this == RECORDED;
    }
}
