package org.rollcall.privacy;

import java.time.Instant;
import java.util.UUID;

/** A subject-access export as the screen shows it. {@code status} is RUNNING, READY, FAILED or EXPIRED. */
public record ExportJob(UUID id, UUID childId, String childLabel, String requestedBy, Instant requestedAt,
                        String status, int partsDone, int partsTotal, Long sizeBytes, String problem,
                        Instant finishedAt, Instant expiresAt) {

    /** What the screen says of the status. */
    public String statusLabel() {
        return switch (status) {
            case "RUNNING" -> "Being prepared (" + partsDone + " of " + partsTotal + " parts)";
            case "READY" -> "Ready to download";
            case "FAILED" -> "Failed: " + problem;
            default -> "Expired and deleted";
        };
    }
}
