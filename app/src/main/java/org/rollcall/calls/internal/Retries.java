package org.rollcall.calls.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.CallsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After wrap-up: a new attempt later in the window, or at the time the school asked to be called back. Only an
 * attempt that reached the school counts (its operator's leg was up, so the school was dialled, agent first): a
 * retry of one that never got that far (the operator's phone rang out after an outage, the exchange refused the
 * call) keeps the same attempt number.
 */
final class Retries {

    private Retries() {
    }

    static void scheduleAfter(JdbcClient jdbc, CallSummary call, CallOutcome outcome, Instant callBackAt,
                              Instant now, CallsProperties properties) {
        if (call.purpose().aboutAChild()) {
            return; // the module that queued a carer or social-worker call decides whether to try again (CarerCalls)
        }
        // A call-back is a new attempt at the school's chosen time (ADR 0005), whether or not this one was dialled.
        boolean counted = outcome == CallOutcome.CALL_BACK || jdbc.sql("SELECT operator_up_at IS NOT NULL FROM call "
                + "WHERE id = ?").param(call.id().value()).query(Boolean.class).single();
        Instant due;
        Instant closes = call.windowCloses();
        switch (outcome) {
            case COMPLETED -> {
                return;
            }
            case CALL_BACK -> {
                due = callBackAt;
                Instant stretched = callBackAt.plus(Duration.ofMinutes(30));
                closes = stretched.isAfter(closes) ? stretched : closes;
            }
            default -> {
                if (counted && call.attempt() >= properties.maxAttempts()) {
                    return;
                }
                due = now.plus(properties.retryDelay());
                if (!due.isBefore(closes)) {
                    // Too late for a full retry delay: try once more halfway to the window's close.
                    due = now.plus(Duration.between(now, closes).dividedBy(2));
                    if (Duration.between(due, closes).toSeconds() < 30) {
                        return;
                    }
                }
            }
        }
        jdbc.sql("""
                        INSERT INTO call (id, provision_id, call_date, window_id, window_closes, due_at, attempt, status,
                                          follows_call, purpose, collect_from)
                        SELECT ?, provision_id, call_date, window_id, ?, ?, attempt + ?, 'DUE', id, purpose, collect_from
                        FROM call WHERE id = ?""")
                .params(UUID.randomUUID(), CallRows.ts(closes), CallRows.ts(due), counted ? 1 : 0, call.id().value())
                .update();
    }
}
