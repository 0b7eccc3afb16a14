package org.rollcall.recording;

/** The recording exists but cannot be played now (still being stored, rejected, or deleted by retention). */
public class RecordingNotPlayableException extends RuntimeException {

    public RecordingNotPlayableException(String message) {
        super(message);
    }
}
