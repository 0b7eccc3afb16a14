package org.rollcall.recordings;

/**
 * The S3 API received bytes that do not match the SHA-256 computed as they were read: they were damaged on the way,
 * not in the file. Nothing was stored; sending the same file again is the cure, so this is a retryable failure.
 */
public class CorruptedInTransitException extends RecordingStoreException {

    public CorruptedInTransitException(String message, Throwable cause) {
        super(message, cause);
    }
}
