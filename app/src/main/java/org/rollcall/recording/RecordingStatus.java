package org.rollcall.recording;

/**
 * PENDING: safe on local disk, not yet confirmed by the object store. STORED: confirmed with its checksum. LOST: the
 * exchange made no recording with audio in it (the PBX stopped mid-call, a header and nothing after it, less than
 * rollcall.recording.min-audio, or none came): there is no audio evidence of the call, and the problem says why.
 */
public enum RecordingStatus {
    PENDING("Being stored"),
    STORED("Stored"),
    REJECTED("Rejected"),
    DELETED("Deleted after retention"),
    LOST("Lost: no audio");

    private final String label;

    RecordingStatus(String label) {
        this.label = label;
    }

    /** What screens show. */
    public String label() {
        return label;
    }
}
