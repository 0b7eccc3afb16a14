package org.rollcall.recordings;

/** The store could not be reached or refused the operation; the caller may retry later. */
public class RecordingStoreException extends RuntimeException {

    public RecordingStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
