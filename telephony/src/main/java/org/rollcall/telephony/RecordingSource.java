package org.rollcall.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a finished call's recording can be fetched from. The application opens it, stores it, and then calls
 * {@link #release()} so the adapter may delete its copy (Twilio, a spool file); never before it is stored.
 */
public interface RecordingSource {

    /** Opens the recording (a WAV file) for reading. May be called more than once. */
    InputStream open() throws IOException;

    /** Content type of the bytes, normally "audio/wav". */
    default String contentType() {
        return "audio/wav";
    }

    /** The application has stored the recording safely; the adapter may delete its own copy. */
    default void release() {
    }

    /**
     * The application found no audio in it (see {@code rollcall.recording.min-audio}) and recorded the recording as
     * lost: the adapter may delete its copy, which holds nothing worth keeping.
     */
    default void discard() {
    }

    /**
     * When the recording stopped, on the application's clock, if the exchange knows. The audio began its own length
     * before this, which is where marks' offsets are measured from: a recording may start later than the bridge.
     */
    default Optional<Instant> stoppedAt() {
        return Optional.empty();
    }

    /** What cut the call short, if the exchange knows (for example "PBX stopped mid-call"), for a recording with no audio. */
    default Optional<String> interruption() {
        return Optional.empty();
    }
}
