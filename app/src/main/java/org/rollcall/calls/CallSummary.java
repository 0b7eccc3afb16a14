package org.rollcall.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.accounts.UserId;
import org.rollcall.directory.ProvisionId;

/**
 * One call attempt as recorded. Times are null until reached. {@code collectFrom} is set on a weekly call: the first
 * day whose sessions it collects. {@code subject} is what a carer call is about for the module that queued it (null on
 * school calls).
 */
public record CallSummary(CallId id, ProvisionId provisionId, LocalDate date, int attempt, CallStatus status,
                          UserId operatorId, String operatorName, Instant dueAt, Instant windowCloses,
                          Instant offeredAt, Instant placedAt, Instant answeredAt, Instant bridgedAt, Instant endedAt,
                          Integer talkSeconds, String endCause, CallOutcome outcome, Instant callbackAt,
                          CallPurpose purpose, LocalDate collectFrom, UUID subject) {

    /** Why the plan did not make a call whose every session the school's own marks cover (ADR 0044). */
    public static final String COVERED_BY_SCHOOL = "not needed: covered by the school's own marks";

    /** A call the plan cancelled because the school's own marks (its system, its designated teacher) cover it. */
    public boolean coveredBySchool() {
        return status == CallStatus.CANCELLED && COVERED_BY_SCHOOL.equals(endCause);
    }

    /** What wrap-up should propose, from how the call ended. */
    public CallOutcome suggestedOutcome() {
        if (bridgedAt != null) {
            return CallOutcome.COMPLETED;
        }
        if (endCause == null) {
            return CallOutcome.FAILED;
        }
        return switch (endCause) {
            case "busy" -> CallOutcome.BUSY;
            case "no-answer" -> CallOutcome.NO_ANSWER;
            default -> CallOutcome.FAILED;
        };
    }
}
