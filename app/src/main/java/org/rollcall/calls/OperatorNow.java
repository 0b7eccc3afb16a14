package org.rollcall.calls;

import java.time.Instant;

import org.rollcall.accounts.UserId;

/**
 * One operator as the supervisor's wallboard shows them: their state since {@code since}, and the call offered to
 * them or in progress ({@code currentCall}, null when none).
 */
public record OperatorNow(UserId id, String name, OperatorStatus status, Instant since, CallSummary currentCall) {
}
