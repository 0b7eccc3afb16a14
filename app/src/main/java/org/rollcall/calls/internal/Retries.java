package org.rollcall.calls.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.CallsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/** After wrap-up: a new attempt later in the window, or at the time the school asked to be called back. */
final class Retries {

    private Retries() {
    }

    static void scheduleAfter(JdbcClient jdbc, CallSummary call, CallOutcome outcome, Instant callBackAt,
                              Instant now, CallsProperties properties) {
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
                if (call.attempt() >= properties.maxAttempts()) {
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
                        SELECT ?, provision_id, call_date, window_id, ?, ?, attempt + 1, 'DUE', id, purpose, collect_from
                        FROM call WHERE id = ?""")
                .params(UUID.randomUUID(), CallRows.ts(closes), CallRows.ts(due), call.id().value()).update();
    }
}
