package org.rollcall.telephony.simulated;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.CallStateMachine;
import org.rollcall.telephony.TelephonyCallId;

/** One call on the simulated exchange; touched only from the exchange's timer thread after creation. */
final class SimulatedCall {

    final CallRequest request;
    final Script script;
    final long seed;
    final CallStateMachine machine;
    final List<Future<?>> pending = new ArrayList<>();
    java.time.Instant bridgedAt;

    SimulatedCall(CallRequest request, Script script, long seed, CallStateMachine machine) {
        this.request = request;
        this.script = script;
        this.seed = seed;
        this.machine = machine;
    }

    TelephonyCallId id() {
        return request.callId();
    }

    void cancelPending() {
        pending.forEach(f -> f.cancel(false));
        pending.clear();
    }
}
