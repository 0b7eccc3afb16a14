package org.rollcall.qa.ui;

/**
 * One thing on a call's timeline: a mark, a challenge, a change heard, a correction or a comment.
 *
 * @param offsetMillis its moment from the start of the recording, or null when it has none in the audio (no audio,
 *                     or it happened after the call, as most corrections do)
 */
record TimelineItem(Long offsetMillis, Kind kind, String text) {

    enum Kind {
        MARK("Mark"), CHALLENGE("Challenge"), CHANGE("Change heard"), CORRECTION("Correction"), COMMENT("Comment"),
        SCHOOL_MARK_DIFFERS("Differs from school");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** "1:05", or "after the call". */
    String at() {
        if (offsetMillis == null) {
            return "after the call";
        }
        long seconds = offsetMillis / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
