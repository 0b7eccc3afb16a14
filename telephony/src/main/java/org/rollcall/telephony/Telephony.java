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

    @Override
    default void close() {
    }
}
