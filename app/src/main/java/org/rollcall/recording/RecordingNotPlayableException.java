package org.rollcall.recording;

/**
 * The recording cannot be played: there is none, it was rejected or deleted, or it is missing from the store
 * ({@code retryLater} false), or it is still being stored ({@code retryLater} true).
 */
public class RecordingNotPlayableException extends RuntimeException {

    private final boolean retryLater;

    public RecordingNotPlayableException(String message, boolean retryLater) {
        super(message);
        this.retryLater = retryLater;
    }

    public boolean retryLater() {
        return retryLater;
    }
}
