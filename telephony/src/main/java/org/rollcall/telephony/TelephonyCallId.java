package org.rollcall.telephony;

import java.util.Objects;
import java.util.UUID;

/** The application's id of a call, carried through the exchange (for example as the CALL_ID channel variable). */
public record TelephonyCallId(UUID value) {

    public TelephonyCallId {
        Objects.requireNonNull(value, "call id");
    }

    public static TelephonyCallId of(String text) {
        return new TelephonyCallId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
