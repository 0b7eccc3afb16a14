package org.rollcall.recordings;

/** The bytes offered are not an acceptable recording (empty, not a WAV file, checksum mismatch). */
public class InvalidRecordingException extends RuntimeException {

    public InvalidRecordingException(String message) {
        super(message);
    }
}
