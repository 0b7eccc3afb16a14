package org.rollcall.recordings.spool;

import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.StoredRecording;

/**
 * Told what became of spooled recordings, on a spool worker thread. Delivery is at least once: after a crash
 * between {@code stored} and the spool file's removal the recording is uploaded again (harmlessly, the store is
 * idempotent) and {@code stored} is called again. If {@code stored} throws, the upload is retried later.
 */
public interface SpoolListener {

    void stored(StoredRecording recording);

    /** The store refused the recording for good (corrupt, or other bytes already stored); it is in rejected/. */
    default void rejected(RecordingKey key, String reason) {
    }
}
