package org.rollcall.telephony.twilio;

import java.time.Instant;

import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.CallStateMachine;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

/** One call at Twilio; webhooks for it are applied one at a time (synchronized on this object). */
final class TwilioCall {

    final TelephonyCallId id;
    /** The call as placed; null for a call taken over after a restart. */
    final CallRequest request;
    final CallStateMachine machine;
    String operatorSid;
    Instant bridgedAt;
    /** When the school's leg ended, which is when Twilio stopped recording (Dial's record-from-answer). */
    Instant dialEndedAt;
    /** A recording (or its loss) reported before the call ended, delivered once it has. */
    TelephonyEvent earlyRecording;
    /** Set when the call has ended and is kept only to await its recording callback. */
    Instant awaitingRecordingSince;

    TwilioCall(CallRequest request) {
        this(request.callId(), request, new CallStateMachine(request.callId()));
    }

    TwilioCall(TelephonyCallId id, CallRequest request, CallStateMachine machine) {
        this.id = id;
        this.request = request;
        this.machine = machine;
    }
}
