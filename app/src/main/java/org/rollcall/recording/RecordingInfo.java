package org.rollcall.recording;

import java.time.Instant;
import java.util.UUID;

public record RecordingInfo(UUID callId, String storageKey, RecordingStatus status, long bytes, String sha256,
                            String contentType, long durationMillis, Instant spooledAt, Instant storedAt,
                            String problem, boolean legalHold) {
}
