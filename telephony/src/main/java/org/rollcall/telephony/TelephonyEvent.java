package org.rollcall.telephony;

import java.time.Duration;
import java.time.Instant;

/** What happened on a call, in the order it happened. */
public sealed interface TelephonyEvent {

    TelephonyCallId callId();

    Instant at();

    /** The operator has answered their leg; the destination is dialled only now. */
    record OperatorLegUp(TelephonyCallId callId, Instant at) implements TelephonyEvent {
    }

    record DestinationRinging(TelephonyCallId callId, Instant at) implements TelephonyEvent {
    }

    record Answered(TelephonyCallId callId, Instant at) implements TelephonyEvent {
    }

    /** Operator and destination are talking; recording runs from here. */
    record Bridged(TelephonyCallId callId, Instant at) implements TelephonyEvent {
    }

    record Busy(TelephonyCallId callId, Instant at) implements TelephonyEvent {
    }

    record NoAnswer(TelephonyCallId callId, Instant at) implements TelephonyEvent {
    }

    /**
     * The call failed. Before {@link OperatorLegUp} this is always the operator's own leg (not answered, busy, not
     * registered, rejected): agent first, the destination is dialled only once the operator is up.
     */
    record Failed(TelephonyCallId callId, Instant at, String cause) implements TelephonyEvent {
    }

    /** The call is over. {@code talkTime} is zero when the destination never answered. */
    record Ended(TelephonyCallId callId, Instant at, Duration talkTime, String cause) implements TelephonyEvent {
    }

    record RecordingAvailable(TelephonyCallId callId, Instant at, RecordingSource source) implements TelephonyEvent {
    }

    /**
     * A bridged call whose recording will never come (the exchange made none, or lost it): {@code reason} says why in
     * plain words. The call keeps its own times; marks taken on it have no audio to check them against.
     */
    record RecordingLost(TelephonyCallId callId, Instant at, String reason) implements TelephonyEvent {
    }
}
