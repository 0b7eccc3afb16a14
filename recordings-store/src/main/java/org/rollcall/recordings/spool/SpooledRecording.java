package org.rollcall.recordings.spool;

import java.time.Duration;

import org.rollcall.recordings.RecordingKey;

/** A recording safely on the spool's disk, waiting to be uploaded. */
public record SpooledRecording(RecordingKey key, long bytes, String sha256, Duration duration) {
}
