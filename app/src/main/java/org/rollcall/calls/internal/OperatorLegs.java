package org.rollcall.calls.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallStatus;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.telephony.TelephonyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A failure before the operator's leg was up is the operator's own phone (agent first: the school is dialled only
 * once the operator is on the line). Left READY, such an operator would fail every school offered to them, each
 * using up an attempt. So: the operator goes offline with the reason on their screen, and the school goes straight
 * back to the queue (a new row, same attempt number, its place in the queue kept) for another operator.
 */
@Component
class OperatorLegs {

    private static final Logger log = LoggerFactory.getLogger(OperatorLegs.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OperatorLegs(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Handles the failure if it was the operator's own leg (true); otherwise leaves it to the usual path. */
    boolean failed(UUID id, UUID operator, TelephonyEvent.Failed failure) {
        // Not when the operator hung up while their phone rang (JdbcOperatorDesk.hangUp set a cause): their choice.
        var ownLeg = jdbc.sql("""
                        SELECT coalesce(operator_name, '') FROM call
                        WHERE id = ? AND status = 'DIALLING' AND operator_up_at IS NULL AND end_cause IS NULL""")
                .param(id).query(String.class).optional();
        if (ownLeg.isEmpty()) {
            return false;
        }
        var at = CallRows.ts(failure.at());
        jdbc.sql("""
                        UPDATE call SET status = 'REQUEUED', ended_at = ?, talk_seconds = 0, end_cause = ?
                        WHERE id = ?""")
                .params(at, "the operator's phone: " + failure.cause(), id).update();
        jdbc.sql("""
                        INSERT INTO call (id, provision_id, call_date, window_id, window_closes, due_at, attempt,
                                          status, follows_call, purpose, collect_from, dial_to, subject)
                        SELECT ?, provision_id, call_date, window_id, window_closes, due_at, attempt, 'DUE', id,
                               purpose, collect_from, dial_to, subject
                        FROM call WHERE id = ?""")
                .params(UUID.randomUUID(), id).update();
        String reason = reason(failure);
        jdbc.sql("""
                        UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL, since = ?,
                        not_ready_reason = ? WHERE user_id = ? AND current_call_id = ?""")
                .params(CallRows.ts(clock.instant()), reason, operator, id).update();
        log.warn("Operator {}'s phone could not be reached ({}): set offline; call {} offered again, the attempt not "
                + "counted", ownLeg.get(), failure.cause(), id);
        events.publishEvent(new CallProgressed(new CallId(id), new UserId(operator), CallStatus.REQUEUED, reason));
        return true;
    }

    /** "your phone did not answer at 10:42 (the exchange said: operator leg not answered (reason 3))". */
    private String reason(TelephonyEvent.Failed failure) {
        return plainWords(failure.cause()) + " at " + HumanDates.time(failure.at(), clock.getZone())
                + " (the exchange said: " + failure.cause() + ")";
    }

    /** The adapters' causes in the operator's terms; anything not recognised is still their phone not reached. */
    static String plainWords(String cause) {
        String c = cause == null ? "" : cause.toLowerCase(Locale.UK);
        if (c.contains("reject")) {
            return "your phone rejected the call";
        }
        if (c.contains("busy")) {
            return "your phone was busy";
        }
        if (c.contains("regist") || c.contains("unavailable") || c.contains("congest") || c.contains("endpoint")) {
            return "your phone is not registered or cannot be reached";
        }
        if (c.contains("answer")) {
            return "your phone did not answer";
        }
        return "your phone could not be reached";
    }
}
