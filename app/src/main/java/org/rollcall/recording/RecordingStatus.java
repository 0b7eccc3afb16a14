package org.rollcall.recording;

/** PENDING: safe on local disk, not yet confirmed by the object store. STORED: confirmed with its checksum. */
public enum RecordingStatus {
    PENDING("Being stored"),
    STORED("Stored"),
    REJECTED("Rejected"),
    DELETED("Deleted after retention");

    private final String label;

    RecordingStatus(String label) {
        this.label = label;
    }

    /** What screens show. */
    public String label() {
        return label;
    }
}
