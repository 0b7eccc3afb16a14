package org.rollcall.telephony;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of one call. Adapters feed it every event before passing it on: an impossible transition is refused
 * (and logged), a repeated event is a no-op, so listeners only ever see sensible sequences. Not thread-safe: use
 * one per call from one thread at a time.
 */
public final class CallStateMachine {

    /** What to do with an event. */
    public enum Verdict {
        ACCEPTED, REPEATED, REFUSED
    }

    private static final Logger log = LoggerFactory.getLogger(CallStateMachine.class);

    // From each state, the states an event may move the call to. The destination is only ever reached after the
    // operator's leg is up (agent first, Ofcom), so RINGING is not reachable from PLACED.
    private static final Map<CallState, Set<CallState>> ALLOWED = Map.of(
            CallState.PLACED, EnumSet.of(CallState.OPERATOR_UP, CallState.FAILED, CallState.ENDED),
            CallState.OPERATOR_UP, EnumSet.of(CallState.RINGING, CallState.ANSWERED, CallState.BUSY,
                    CallState.NO_ANSWER, CallState.FAILED, CallState.ENDED),
            CallState.RINGING, EnumSet.of(CallState.ANSWERED, CallState.BUSY, CallState.NO_ANSWER, CallState.FAILED,
                    CallState.ENDED),
            CallState.ANSWERED, EnumSet.of(CallState.BRIDGED, CallState.FAILED, CallState.ENDED),
            CallState.BRIDGED, EnumSet.of(CallState.ENDED),
            CallState.BUSY, EnumSet.of(CallState.ENDED),
            CallState.NO_ANSWER, EnumSet.of(CallState.ENDED),
            CallState.FAILED, EnumSet.of(CallState.ENDED),
            CallState.ENDED, EnumSet.of(CallState.RECORDED),
            CallState.RECORDED, EnumSet.noneOf(CallState.class));

    private final TelephonyCallId callId;
    private CallState state = CallState.PLACED;
    private boolean bridged;

    public CallStateMachine(TelephonyCallId callId) {
        this.callId = callId;
    }

    /** A call taken over after a restart, in the state the application last saw it. */
    public static CallStateMachine resumed(TelephonyCallId callId, CallState state) {
        CallStateMachine machine = new CallStateMachine(callId);
        machine.state = state;
        machine.bridged = state == CallState.BRIDGED;
        return machine;
    }

    public CallState state() {
        return state;
    }

    /** Whether the parties were ever bridged (so a recording is expected). */
    public boolean wasBridged() {
        return bridged;
    }

    public Verdict apply(TelephonyEvent event) {
        if (!event.callId().equals(callId)) {
            throw new IllegalArgumentException("event for call " + event.callId() + " fed to machine of " + callId);
        }
        CallState next = target(event);
        if (next == state) {
            return Verdict.REPEATED;
        }
        if (!ALLOWED.get(state).contains(next)) {
            // A late event after a state it cannot follow (e.g. Answered after Ended) is a repeat in effect.
            if (state.isOver() || rank(next) < rank(state)) {
                return Verdict.REPEATED;
            }
            log.warn("Call {}: refused {} while {}", callId, event.getClass().getSimpleName(), state);
            return Verdict.REFUSED;
        }
        if (next == CallState.RECORDED && !bridged) {
            log.warn("Call {}: refused a recording of a call that was never bridged", callId);
            return Verdict.REFUSED;
        }
        state = next;
        bridged |= next == CallState.BRIDGED;
        return Verdict.ACCEPTED;
    }

    private static int rank(CallState s) {
        return switch (s) {
            case PLACED -> 0;
            case OPERATOR_UP -> 1;
            case RINGING -> 2;
            case ANSWERED -> 3;
            case BRIDGED, BUSY, NO_ANSWER, FAILED -> 4;
            case ENDED -> 5;
            case RECORDED -> 6;
        };
    }

    private static CallState target(TelephonyEvent event) {
        return switch (event) {
            case TelephonyEvent.OperatorLegUp e -> CallState.OPERATOR_UP;
            case TelephonyEvent.DestinationRinging e -> CallState.RINGING;
            case TelephonyEvent.Answered e -> CallState.ANSWERED;
            case TelephonyEvent.Bridged e -> CallState.BRIDGED;
            case TelephonyEvent.Busy e -> CallState.BUSY;
            case TelephonyEvent.NoAnswer e -> CallState.NO_ANSWER;
            case TelephonyEvent.Failed e -> CallState.FAILED;
            case TelephonyEvent.Ended e -> CallState.ENDED;
            case TelephonyEvent.RecordingAvailable e -> CallState.RECORDED;
            // Lost is as final as recorded: no recording can follow it.
            case TelephonyEvent.RecordingLost e -> CallState.RECORDED;
        };
    }
}
