package org.rollcall.recording;

import java.util.UUID;

/** The object store confirmed a call's recording with its SHA-256. */
public record RecordingStored(UUID callId, String storageKey, long bytes, String sha256) {
}
