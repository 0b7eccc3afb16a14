package org.rollcall.recording;

/** PENDING: safe on local disk, not yet confirmed by the object store. STORED: confirmed with its checksum. */
public enum RecordingStatus {
    PENDING, STORED, REJECTED, DELETED
}
