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

    /**
     * The recording will never be stored: the store refused it for good (corrupt, or other bytes already stored;
     * it is then in rejected/), or its spool file vanished before it could be uploaded.
     */
    default void rejected(RecordingKey key, String reason) {
    }
}
