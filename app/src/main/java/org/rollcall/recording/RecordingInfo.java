package org.rollcall.recording;

import java.time.Instant;
import java.util.UUID;

/**
 * A call's recording as Rollcall knows it. {@code audioStartedAt} is when its audio began on the app clock (null if
 * the exchange did not say when it stopped); marks' moments in it are measured from there, see {@link MarkInRecording}.
 */
public record RecordingInfo(UUID callId, String storageKey, RecordingStatus status, long bytes, String sha256,
                            String contentType, long durationMillis, Instant spooledAt, Instant storedAt,
                            String problem, boolean legalHold, Instant audioStartedAt) {
}
