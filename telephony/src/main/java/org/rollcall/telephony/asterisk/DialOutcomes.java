package org.rollcall.telephony.asterisk;

import java.time.Instant;

import org.rollcall.telephony.TelephonyEvent;

/** Maps Asterisk's DialStatus to port events. */
final class DialOutcomes {

    private DialOutcomes() {
    }

    static void apply(String dialStatus, AmiCall call, AsteriskTelephony adapter) {
        Instant now = adapter.eventTime();
        switch (dialStatus == null ? "" : dialStatus.toUpperCase()) {
            case "ANSWER" -> {
                adapter.emit(call, new TelephonyEvent.Answered(call.id(), now));
                adapter.emit(call, new TelephonyEvent.Bridged(call.id(), now));
            }
            case "BUSY" -> adapter.emit(call, new TelephonyEvent.Busy(call.id(), now));
            case "NOANSWER" -> adapter.emit(call, new TelephonyEvent.NoAnswer(call.id(), now));
            case "CONGESTION", "CHANUNAVAIL" -> adapter.emit(call, new TelephonyEvent.Failed(call.id(), now,
                    dialStatus.toLowerCase()));
            // CANCEL: the operator hung up while it rang; the operator channel's Hangup ends the call.
            default -> { }
        }
    }
}
