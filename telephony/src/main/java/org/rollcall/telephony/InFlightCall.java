package org.rollcall.telephony;

import java.time.Instant;
import java.util.Objects;

/**
 * A call the application had in flight when it last stopped, handed back to the exchange at start-up so that a call
 * still up on a PBX is followed to its end rather than judged lost.
 *
 * @param state where the application last saw the call: {@code PLACED} to {@code BRIDGED}
 * @param placedAt when it was placed, on the application's clock (the recording's dated folder follows it)
 * @param bridgedAt when the parties were bridged, or null if they never were
 * @param reference the exchange's own reference, if it gave one ({@link Telephony#reference}); may be null
 */
public record InFlightCall(TelephonyCallId callId, CallState state, Instant placedAt, Instant bridgedAt,
                           String reference) {

    public InFlightCall {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(placedAt, "placedAt");
        if (state == null || state.isOver() || state == CallState.BUSY || state == CallState.NO_ANSWER
                || state == CallState.FAILED) {
            throw new IllegalArgumentException("call " + callId + " in state " + state + " is not in flight: only "
                    + "PLACED, OPERATOR_UP, RINGING, ANSWERED and BRIDGED calls can be resumed");
        }
    }
}
