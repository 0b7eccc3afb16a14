package org.rollcall.telephony.asterisk;

import java.nio.file.Path;
import java.time.Instant;

import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.CallStateMachine;
import org.rollcall.telephony.TelephonyCallId;

/** One call through the PBX; touched only on the adapter's worker thread. */
final class AmiCall {

    final CallRequest request;
    final CallStateMachine machine;
    final Path recording;
    String operatorChannel;
    Instant bridgedAt;

    AmiCall(CallRequest request, Path recording) {
        this.request = request;
        this.machine = new CallStateMachine(request.callId());
        this.recording = recording;
    }

    TelephonyCallId id() {
        return request.callId();
    }
}
