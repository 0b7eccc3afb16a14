package org.rollcall.telephony;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Places agent-first calls: the operator's leg is brought up first and the destination is dialled only once
 * the operator is on the line, so a call is never abandoned (Ofcom). Every call is recorded and presents
 * a caller ID; neither can be switched off.
 */
public interface Telephony extends AutoCloseable {

    /** Starts the call; progress arrives as {@link TelephonyEvent}s on the registered listeners. */
    void placeCall(CallRequest request);

    /** Hangs up both legs of the call; a no-op for a call that has already ended. */
    void hangUp(TelephonyCallId callId);

    /** Registers a listener; events for one call are delivered in order. */
    void addListener(TelephonyListener listener);

    /** A short name for logs and the UI, such as "simulated", "asterisk" or "twilio". */
    String providerName();

    /**
     * Whether a call placed now could reach the network: false while the provider cannot be reached (Asterisk: the
     * AMI connection is lost or not yet logged in again; Twilio: its API failed or timed out and has not answered a
     * probe since). Cheap to call (no I/O), so the dialler asks before every round and pauses while it is false.
     * Adapters that cannot be down keep the default.
     */
    default boolean isAvailable() {
        return true;
    }

    /**
     * At start-up, before any call is judged: the calls the application had in flight when it stopped. The exchange
     * asks what is still up before it answers, and returns the calls it takes over; each of those is then reported
     * as usual, followed to its end if it is still up, or ended at once (with its recording) if it ended while the
     * application was stopped. The application closes the calls not returned as interrupted. By default (an exchange
     * whose calls cannot outlive the application) none is taken over.
     */
    default Set<TelephonyCallId> resume(Collection<InFlightCall> calls) {
        return Set.of();
    }

    /**
     * Recordings the exchange still holds for calls it no longer follows, so the application can hand over those of
     * ended calls, discard empty ones and count what it cannot match. None by default.
     */
    default List<HeldRecording> heldRecordings() {
        return List.of();
    }

    /**
     * The exchange's own reference for a call it is handling (such as Twilio's call SID), for the application to keep
     * with the call so that {@link #resume} can find it again after a restart. Empty when the call id is the reference.
     */
    default Optional<String> reference(TelephonyCallId callId) {
        return Optional.empty();
    }

    /**
     * Stops placing calls and following them. Events already received are delivered first; calls still up on a PBX
     * are left to it, and {@link #resume} takes them over at the next start.
     */
    @Override
    default void close() {
    }
}
