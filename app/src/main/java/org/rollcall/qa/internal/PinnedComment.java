package org.rollcall.qa.internal;

import java.time.Instant;
import java.util.UUID;

/** A reviewer's comment pinned to a moment of the call's recording. */
public record PinnedComment(UUID id, UUID callId, long atMillis, String text, String writtenBy, Instant writtenAt) {

    /** "1:05". */
    public String at() {
        long seconds = atMillis / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
