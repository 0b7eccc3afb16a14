package org.rollcall.telephony;

import java.util.Objects;

/**
 * An agent-first call: bring up {@code operatorEndpoint} (an operator's extension, Twilio client identity or
 * number), then dial {@code destination} presenting {@code callerId}. Recording is always on.
 */
public record CallRequest(TelephonyCallId callId, String operatorEndpoint, E164Number destination,
                          E164Number callerId) {

    public CallRequest {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(callerId, "callerId: a returnable caller ID must always be presented");
        if (operatorEndpoint == null || operatorEndpoint.isBlank()) {
            throw new IllegalArgumentException("operatorEndpoint is required: the operator is called first");
        }
        if (!operatorEndpoint.matches("[A-Za-z0-9_.:@+\\-]{1,80}")) {
            throw new IllegalArgumentException("operatorEndpoint '" + operatorEndpoint
                    + "' may hold only letters, digits and . _ - : @ +");
        }
    }
}
