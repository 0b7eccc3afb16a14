package org.rollcall.extranet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A call as QA and admin staff see it through the API: who, when, how it ended, its recording and marks. A mark's
 * offset is its moment in the recording's own audio; a mark on a call with no audio says so ({@code audioEvidence}
 * false, and {@code evidence} says why).
 */
public record CallDetail(String id, LocalDate date, int attempt, String status, Provision provision,
                         String operator, Instant dueAt, Instant offeredAt, Instant placedAt, Instant answeredAt,
                         Instant bridgedAt, Instant endedAt, Integer talkSeconds, String endCause, String outcome,
                         Instant callbackAt, Recording recording, List<MarkTaken> marks) {

    public record Provision(String id, String name, String urn, String phone) {
    }

    /** {@code problem} says why a REJECTED or LOST recording has no audio; {@code audioStartedAt} when it began. */
    public record Recording(String storageKey, long bytes, String sha256, long durationMillis, String status,
                            Instant storedAt, String problem, Instant audioStartedAt) {
    }

    public record MarkTaken(String childId, String childName, String session, String code, String category,
                            String reason, Integer offsetSeconds, Long offsetMillis, boolean audioEvidence,
                            String evidence, String recordedBy, Instant recordedAt, Instant heardAt) {
    }
}
