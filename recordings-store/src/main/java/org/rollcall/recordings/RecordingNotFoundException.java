package org.rollcall.recordings;

/** No recording is stored under the key asked for. */
public class RecordingNotFoundException extends RuntimeException {

    private final RecordingKey key;

    public RecordingNotFoundException(RecordingKey key) {
        super("no recording is stored under " + key);
        this.key = key;
    }

    public RecordingKey key() {
        return key;
    }
}
