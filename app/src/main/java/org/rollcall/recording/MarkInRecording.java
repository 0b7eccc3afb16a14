package org.rollcall.recording;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a mark falls in its call's recording, and whether there is audio to check it against.
 *
 * @param offsetMillis the mark's moment from the recording's own start (not the bridge: a recording can start half a
 *                     second later), or null when there is no audio to seek in
 * @param audioEvidence whether audio of the call exists (stored, or on its way to the store)
 * @param note why there is no audio evidence, in words for QA and API users; null when there is
 */
public record MarkInRecording(Long offsetMillis, boolean audioEvidence, String note) {

    /**
     * @param recording the call's recording, or null if it has none
     * @param heardAt when the code was heard (marks from before this was kept have none)
     * @param offsetSeconds whole seconds from the bridge, kept with every mark taken on a call
     */
    public static MarkInRecording of(RecordingInfo recording, Instant heardAt, Integer offsetSeconds) {
        if (recording == null) {
            return new MarkInRecording(null, false, "No recording of this call.");
        }
        return switch (recording.status()) {
            case PENDING, STORED -> new MarkInRecording(offset(recording, heardAt, offsetSeconds), true, null);
            case LOST -> new MarkInRecording(null, false, "No audio evidence: the recording was lost ("
                    + recording.problem() + ").");
            case REJECTED -> new MarkInRecording(null, false, "No audio evidence: the recording was rejected ("
                    + recording.problem() + ").");
            case DELETED -> new MarkInRecording(null, false, "No audio evidence any more: the recording was deleted "
                    + "at the end of its retention period.");
        };
    }

    private static Long offset(RecordingInfo recording, Instant heardAt, Integer offsetSeconds) {
        long millis;
        if (heardAt != null && recording.audioStartedAt() != null) {
            millis = Duration.between(recording.audioStartedAt(), heardAt).toMillis();
        } else if (offsetSeconds != null) {
            millis = offsetSeconds * 1000L;
        } else {
            return null;
        }
        // Heard before the audio began (MixMonitor starts late), or after it ended: the nearest moment there is.
        return Math.max(0, Math.min(millis, recording.durationMillis()));
    }

    /** The offset as people read it: seconds with one decimal. */
    public String describe() {
        return offsetMillis == null ? "" : String.format(java.util.Locale.UK, "%.1f s", offsetMillis / 1000.0);
    }
}
