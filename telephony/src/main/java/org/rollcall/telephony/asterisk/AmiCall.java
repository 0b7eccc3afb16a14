package org.rollcall.telephony.asterisk;

import java.nio.file.Path;
import java.time.Instant;

import org.rollcall.telephony.CallStateMachine;
import org.rollcall.telephony.TelephonyCallId;

/** One call through the PBX; touched only on the adapter's worker thread. */
final class AmiCall {

    final TelephonyCallId id;
    final CallStateMachine machine;
    final Path recording;
    String operatorChannel;
    Instant bridgedAt;
    // What the PBX said of an operator leg that never came up; the two arrive in either order.
    Integer originateReason;
    boolean originateFailed;
    boolean operatorHungUp;
    Integer hangupCause;
    String hangupText;

    AmiCall(TelephonyCallId id, CallStateMachine machine, Path recording) {
        this.id = id;
        this.machine = machine;
        this.recording = recording;
    }

    TelephonyCallId id() {
        return id;
    }
}
