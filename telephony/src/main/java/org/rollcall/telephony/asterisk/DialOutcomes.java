package org.rollcall.telephony.asterisk;

import java.time.Instant;

import org.rollcall.telephony.TelephonyEvent;

/** Maps Asterisk's DialStatus to port events. */
final class DialOutcomes {

    private DialOutcomes() {
    }

    static void apply(String dialStatus, AmiCall call, AmiCalls calls) {
        Instant now = calls.eventTime();
        switch (dialStatus == null ? "" : dialStatus.toUpperCase()) {
            case "ANSWER" -> {
                calls.emit(call, new TelephonyEvent.Answered(call.id(), now));
                calls.emit(call, new TelephonyEvent.Bridged(call.id(), now));
            }
            case "BUSY" -> calls.emit(call, new TelephonyEvent.Busy(call.id(), now));
            case "NOANSWER" -> calls.emit(call, new TelephonyEvent.NoAnswer(call.id(), now));
            case "CONGESTION", "CHANUNAVAIL" -> calls.emit(call, new TelephonyEvent.Failed(call.id(), now,
                    Causes.schoolLeg(dialStatus)));
            // CANCEL: the operator hung up while it rang; the operator channel's Hangup ends the call.
            default -> { }
        }
    }
}
