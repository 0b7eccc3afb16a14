package org.rollcall.recordings;

import java.time.Duration;
import java.time.Instant;

/** A recording safely in the store: its key, size, SHA-256 (hex, lower case), content type and length. */
public record StoredRecording(RecordingKey key, long bytes, String sha256, String contentType, Duration duration,
                              Instant storedAt) {
}
