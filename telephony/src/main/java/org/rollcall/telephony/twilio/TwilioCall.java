package org.rollcall.telephony.twilio;

import java.time.Instant;

import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.CallStateMachine;
import org.rollcall.telephony.TelephonyEvent;

/** One call at Twilio; webhooks for it are applied one at a time (synchronized on this object). */
final class TwilioCall {

    final CallRequest request;
    final CallStateMachine machine;
    String operatorSid;
    Instant bridgedAt;
    TelephonyEvent.RecordingAvailable earlyRecording;
    /** Set when the call has ended and is kept only to await its recording callback. */
    Instant awaitingRecordingSince;

    TwilioCall(CallRequest request) {
        this.request = request;
        this.machine = new CallStateMachine(request.callId());
    }
}
