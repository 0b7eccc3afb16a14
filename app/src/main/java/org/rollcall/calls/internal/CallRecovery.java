package org.rollcall.calls.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.rollcall.telephony.CallState;
import org.rollcall.telephony.InFlightCall;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyCallId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a restart a call can still be live on a PBX, so no call in flight is judged here: they are handed back to the
 * exchange first ({@link Telephony#resume}), which asks the PBX what is up before it answers. The calls it takes over
 * are reported through its events as usual (followed to their end, or ended at once with their recordings), and their
 * operators keep them, to carry on or wrap up once signed in again. Only the rest, unknown to the exchange, are closed
 * as interrupted. Offered calls go back in the queue, and every other operator is signed out of it, since no browser
 * still holds their session. (Single node; with several nodes this moves to a per-node ownership column.)
 */
@Component
@Order(0)
class CallRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CallRecovery.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Telephony telephony;
    private final Clock clock;

    CallRecovery(JdbcClient jdbc, TransactionTemplate tx, Telephony telephony, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.telephony = telephony;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<InFlightCall> inFlight = jdbc.sql("""
                        SELECT id, status, coalesce(placed_at, offered_at, due_at) AS placed_at, bridged_at, exchange_ref
                        FROM call WHERE status IN ('DIALLING', 'RINGING', 'CONNECTED')""")
                .query((rs, n) -> new InFlightCall(new TelephonyCallId(rs.getObject("id", UUID.class)),
                        state(rs.getString("status")), rs.getTimestamp("placed_at").toInstant(),
                        instant(rs.getTimestamp("bridged_at")), rs.getString("exchange_ref")))
                .list();
        // Outside any transaction: the exchange may take a while to ask the PBX, and reports through its events.
        Set<TelephonyCallId> taken = Set.of();
        if (!inFlight.isEmpty()) {
            try {
                taken = telephony.resume(inFlight);
            } catch (RuntimeException e) {
                log.error("The {} exchange could not take back the {} call(s) in flight; they are closed as "
                        + "interrupted, and the recordings they leave are collected by the folder's sweep",
                        telephony.providerName(), inFlight.size(), e);
            }
        }
        List<UUID> kept = taken.stream().map(TelephonyCallId::value).toList();
        tx.executeWithoutResult(status -> close(inFlight.size(), kept));
    }

    private void close(int inFlight, List<UUID> kept) {
        var now = Timestamp.from(clock.instant());
        // A never-matching id keeps the NOT IN lists valid when the exchange took nothing over.
        List<UUID> except = kept.isEmpty() ? List.of(new UUID(0, 0)) : kept;
        int interrupted = jdbc.sql("""
                        UPDATE call SET status = 'DONE', outcome = 'FAILED', ended_at = coalesce(ended_at, :now),
                        end_cause = coalesce(end_cause, 'interrupted: Rollcall restarted and the exchange no longer had '
                                                        || 'the call'),
                        wrapped_up_at = :now
                        WHERE status IN ('DIALLING', 'RINGING', 'CONNECTED', 'WRAP_UP') AND id NOT IN (:kept)""")
                .param("now", now).param("kept", except).update();
        int requeued = jdbc.sql("""
                        UPDATE call SET status = 'DUE', operator_id = NULL, operator_name = NULL, offered_at = NULL
                        WHERE status = 'OFFERED'""").update();
        jdbc.sql("""
                        UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL, since = :now
                        WHERE current_call_id IS NULL OR current_call_id NOT IN (:kept)""")
                .param("now", now).param("kept", except).update();
        if (inFlight + interrupted + requeued > 0) {
            log.warn("Start-up recovery: {} call(s) in flight handed back to the exchange, which kept {}; {} closed as "
                    + "failed (interrupted, or left in wrap-up); {} offered call(s) put back in the queue", inFlight,
                    kept.size(), interrupted, requeued);
        }
    }

    private static CallState state(String status) {
        return switch (status) {
            case "RINGING" -> CallState.RINGING;
            case "CONNECTED" -> CallState.BRIDGED;
            default -> CallState.PLACED; // dialling: the PBX says whether the operator's line is up
        };
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
