package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallStatus;
import org.rollcall.platform.DatabaseOutage;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns telephony events into call records. Events are handed to one worker thread so the exchange's listener
 * thread never blocks on the database and each call's events are applied in order.
 */
@Component
class TelephonyBridge implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TelephonyBridge.class);

    private static final Duration OUTAGE_PATIENCE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final OperatorLegs operatorLegs;
    private final Telephony telephony;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("telephony-bridge").daemon().factory());

    TelephonyBridge(Telephony telephony, JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx,
                    Clock clock, OperatorLegs operatorLegs) {
        this.telephony = telephony;
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.operatorLegs = operatorLegs;
        telephony.addListener(event -> worker.execute(() -> apply(event)));
    }

    /**
     * While the database cannot be reached the event is tried again (this one worker waits, so later events keep
     * their order) for up to {@link #OUTAGE_PATIENCE}: a lost Ended would leave the call connected for good.
     */
    void apply(TelephonyEvent event) {
        long deadline = System.nanoTime() + OUTAGE_PATIENCE.toNanos();
        long wait = 500;
        while (true) {
            try {
                tx.executeWithoutResult(s -> update(event));
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e) || System.nanoTime() + wait * 1_000_000 > deadline) {
                    log.error("Could not apply {} to call {}", event.getClass().getSimpleName(), event.callId(), e);
                    return;
                }
                log.warn("Could not apply {} to call {}, the database cannot be reached; trying again in {} ms: {}",
                        event.getClass().getSimpleName(), event.callId(), wait, e.getMessage());
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wait = Math.min(wait * 2, 5_000);
        }
    }

    /** Waits until the exchange's events handed over so far are applied (a discrete-event benchmark's step). */
    void awaitApplied() throws InterruptedException, java.util.concurrent.ExecutionException {
        worker.submit(() -> { }).get();
    }

    private void update(TelephonyEvent event) {
        UUID id = event.callId().value();
        UUID operator = jdbc.sql("SELECT operator_id FROM call WHERE id = ? FOR UPDATE").param(id)
                .query(UUID.class).optional().orElse(null);
        if (operator == null) {
            log.warn("Telephony event {} for unknown call {}: ignored", event.getClass().getSimpleName(), id);
            return;
        }
        var at = CallRows.ts(event.at());
        switch (event) {
            case TelephonyEvent.OperatorLegUp e -> {
                // From here the school is dialled, so the attempt counts (Retries).
                jdbc.sql("UPDATE call SET operator_up_at = coalesce(operator_up_at, ?) WHERE id = ?").params(at, id)
                        .update();
                // Kept so that after a restart the exchange can be asked what became of the call.
                telephony.reference(e.callId()).ifPresent(ref -> jdbc.sql("UPDATE call SET exchange_ref = ? "
                        + "WHERE id = ? AND exchange_ref IS NULL").params(ref, id).update());
                progress(id, operator, CallStatus.DIALLING, "your line is up; dialling the school");
            }
            case TelephonyEvent.DestinationRinging e -> {
                jdbc.sql("UPDATE call SET status = 'RINGING' WHERE id = ? AND status = 'DIALLING'").param(id).update();
                progress(id, operator, CallStatus.RINGING, "ringing");
            }
            case TelephonyEvent.Answered e -> jdbc.sql("UPDATE call SET answered_at = ? WHERE id = ?")
                    .params(at, id).update();
            case TelephonyEvent.Bridged e -> {
                jdbc.sql("UPDATE call SET status = 'CONNECTED', bridged_at = coalesce(bridged_at, ?) WHERE id = ?")
                        .params(at, id).update();
                progress(id, operator, CallStatus.CONNECTED, "connected; recording");
            }
            case TelephonyEvent.Busy e -> cause(id, "busy");
            case TelephonyEvent.NoAnswer e -> cause(id, "no-answer");
            case TelephonyEvent.Failed e -> {
                if (!operatorLegs.failed(id, operator, e)) {
                    cause(id, "failed: " + e.cause());
                }
            }
            case TelephonyEvent.Ended e -> ended(id, operator, e);
            case TelephonyEvent.RecordingAvailable e -> {
                // the recording module takes it from here
            }
            case TelephonyEvent.RecordingLost e -> {
                // the recording module records it
            }
        }
    }

    private void ended(UUID id, UUID operator, TelephonyEvent.Ended e) {
        int updated = jdbc.sql("""
                        UPDATE call SET status = 'WRAP_UP', ended_at = ?, talk_seconds = ?,
                        end_cause = coalesce(end_cause, ?) WHERE id = ? AND status IN ('DIALLING', 'RINGING', 'CONNECTED')""")
                .params(CallRows.ts(e.at()), (int) e.talkTime().toSeconds(), e.cause(), id).update();
        if (updated == 0) {
            return; // a repeated Ended
        }
        jdbc.sql("UPDATE operator_status SET status = 'WRAP_UP', since = ? WHERE user_id = ? AND current_call_id = ?")
                .params(CallRows.ts(clock.instant()), operator, id).update();
        String cause = jdbc.sql("SELECT end_cause FROM call WHERE id = ?").param(id).query(String.class).single();
        progress(id, operator, CallStatus.WRAP_UP, "call ended: " + cause);
    }

    private void cause(UUID id, String cause) {
        jdbc.sql("UPDATE call SET end_cause = ? WHERE id = ? AND end_cause IS NULL").params(cause, id).update();
    }

    private void progress(UUID id, UUID operator, CallStatus status, String detail) {
        events.publishEvent(new CallProgressed(new CallId(id), new UserId(operator), status, detail));
    }

    /** Events already received are still written while the application stops (the database closes after this). */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
            log.warn("Stopping: telephony events not written after 30 s are dropped; the next start asks the exchange");
            worker.shutdownNow();
        }
    }
}
