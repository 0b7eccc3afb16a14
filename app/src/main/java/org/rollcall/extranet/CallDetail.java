package org.rollcall.extranet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A call as QA and admin staff see it through the API: who, when, how it ended, its recording and marks. */
public record CallDetail(String id, LocalDate date, int attempt, String status, Provision provision,
                         String operator, Instant dueAt, Instant offeredAt, Instant placedAt, Instant answeredAt,
                         Instant bridgedAt, Instant endedAt, Integer talkSeconds, String endCause, String outcome,
                         Instant callbackAt, Recording recording, List<MarkTaken> marks) {

    public record Provision(String id, String name, String urn, String phone) {
    }

    public record Recording(String storageKey, long bytes, String sha256, long durationMillis, String status,
                            Instant storedAt) {
    }

    public record MarkTaken(String childId, String childName, String session, String code, String category,
                            String reason, Integer offsetSeconds, String recordedBy, Instant recordedAt) {
    }
}
