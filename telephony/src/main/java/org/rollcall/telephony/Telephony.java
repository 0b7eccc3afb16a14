package org.rollcall.telephony;

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

    @Override
    default void close() {
    }
}
