package org.rollcall.telephony;

import java.util.Objects;
import java.util.Optional;

/**
 * A recording the exchange still holds for a call it no longer follows: a file left in a shared folder by a crash, a
 * hand-over that never finished, or a call that was never bridged.
 *
 * @param name where it is, for logs (a path relative to the recordings folder)
 * @param callId the call it names, or null when its name is not a call id
 */
public record HeldRecording(String name, TelephonyCallId callId, RecordingSource source) {

    public HeldRecording {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    public Optional<TelephonyCallId> call() {
        return Optional.ofNullable(callId);
    }
}
