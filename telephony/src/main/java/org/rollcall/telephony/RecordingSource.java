package org.rollcall.telephony;

import java.io.IOException;
import java.io.InputStream;

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
}
