package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.AtDesk;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallRefusedException;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.CallWrappedUp;
import org.rollcall.calls.CallsProperties;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.calls.OperatorStatus;
import org.rollcall.calls.OperatorStatusChanged;
import org.rollcall.directory.Directory;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.E164Number;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyCallId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcOperatorDesk implements OperatorDesk {

    private final JdbcClient jdbc;
    private final CallRows rows;
    private final Directory directory;
    private final Telephony telephony;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final CallsProperties properties;
    private final Clock clock;
    private final DiallerSchedule dialler;

    JdbcOperatorDesk(JdbcClient jdbc, CallRows rows, Directory directory, Telephony telephony,
                     ApplicationEventPublisher events, TransactionTemplate tx, CallsProperties properties,
                     Clock clock, DiallerSchedule dialler) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.directory = directory;
        this.telephony = telephony;
        this.events = events;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
        this.dialler = dialler;
        new E164Number(properties.callerId()); // refuse to start without a valid caller ID (Ofcom)
    }

    @Override
    @Transactional
    public void ready(UserId operator, String name, String endpoint) {
        jdbc.sql("""
                        INSERT INTO operator_status (user_id, username, endpoint, status, since)
                        VALUES (?, ?, ?, 'READY', ?)
                        ON CONFLICT (user_id) DO UPDATE SET endpoint = EXCLUDED.endpoint, not_ready_reason = NULL,
                          status = CASE WHEN operator_status.status = 'OFFLINE' THEN 'READY'
                                        ELSE operator_status.status END,
                          since = CASE WHEN operator_status.status = 'OFFLINE' THEN EXCLUDED.since
                                       ELSE operator_status.since END""")
                .params(operator.value(), name, endpoint, CallRows.ts(clock.instant())).update();
        events.publishEvent(new OperatorStatusChanged(operator, status(operator)));
        dialler.dialWhenCommitted();
    }

    @Override
    @Transactional
    public void offline(UserId operator) {
        int changed = jdbc.sql("UPDATE operator_status SET status = 'OFFLINE', since = ?, not_ready_reason = NULL "
                        + "WHERE user_id = ? AND status = 'READY'")
                .params(CallRows.ts(clock.instant()), operator.value()).update();
        if (changed == 0 && status(operator) != OperatorStatus.OFFLINE) {
            throw new CallRefusedException("finish the current call and its wrap-up before going offline");
        }
        if (changed > 0) {
            events.publishEvent(new OperatorStatusChanged(operator, OperatorStatus.OFFLINE));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public OperatorStatus status(UserId operator) {
        return jdbc.sql("SELECT status FROM operator_status WHERE user_id = ?").param(operator.value())
                .query(String.class).optional().map(OperatorStatus::valueOf).orElse(OperatorStatus.OFFLINE);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> notReadyReason(UserId operator) {
        return jdbc.sql("""
                        SELECT not_ready_reason FROM operator_status
                        WHERE user_id = ? AND status = 'OFFLINE' AND not_ready_reason IS NOT NULL""")
                .param(operator.value()).query(String.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CallSummary> currentCall(UserId operator) {
        return atDesk(operator).call();
    }

    @Override
    @Transactional(readOnly = true)
    public AtDesk atDesk(UserId operator) {
        return jdbc.sql("""
                        SELECT o.status AS desk_status, o.not_ready_reason, c.* FROM operator_status o
                        LEFT JOIN call c ON c.id = o.current_call_id WHERE o.user_id = ?""")
                .param(operator.value())
                .query((rs, n) -> {
                    OperatorStatus status = OperatorStatus.valueOf(rs.getString("desk_status"));
                    return new AtDesk(status, status == OperatorStatus.OFFLINE
                            ? Optional.ofNullable(rs.getString("not_ready_reason")) : Optional.empty(),
                            rs.getObject("id") == null ? Optional.empty() : Optional.of(CallRows.summary(rs, n)));
                })
                .optional().orElse(AtDesk.NEVER_READY);
    }

    @Override
    public void start(CallId call, UserId operator) {
        CallRequest request = tx.execute(status -> {
            CallSummary c = owned(call, operator);
            if (c.status() != CallStatus.OFFERED) {
                throw new CallRefusedException("this call is " + c.status().label().toLowerCase(java.util.Locale.UK)
                        + "; only an offered call can be started");
            }
            // A carer call dials the carer; a school call the school's number.
            String number = jdbc.sql("SELECT dial_to FROM call WHERE id = ?").param(call.value()).query(String.class)
                    .optional().orElseGet(() -> directory.provisionCard(c.provisionId()).phone().e164());
            String endpoint = jdbc.sql("SELECT endpoint FROM operator_status WHERE user_id = ?")
                    .param(operator.value()).query(String.class).single();
            jdbc.sql("UPDATE call SET status = 'DIALLING', placed_at = ? WHERE id = ?")
                    .params(CallRows.ts(clock.instant()), call.value()).update();
            setOperator(operator, OperatorStatus.ON_CALL, call);
            events.publishEvent(new CallProgressed(call, operator, CallStatus.DIALLING, "calling your line first"));
            return new CallRequest(new TelephonyCallId(call.value()), endpoint, new E164Number(number),
                    new E164Number(properties.callerId()));
        });
        try {
            telephony.placeCall(request);
        } catch (RuntimeException e) {
            if (!telephony.isAvailable()) {
                // Nothing reached the network: the call is due again as it was, and no attempt is used.
                tx.executeWithoutResult(s -> backToQueue(call, operator));
                throw new CallRefusedException("the call was not placed: the telephone exchange cannot be reached ("
                        + e.getMessage() + "). The call is back in the queue and has used no attempt; dialling "
                        + "resumes by itself when the exchange is back");
            }
            tx.executeWithoutResult(s -> endWithoutTalk(call, operator, "failed: " + e.getMessage()));
            throw new CallRefusedException("the call could not be placed: " + e.getMessage());
        }
    }

    @Override
    public void hangUp(CallId call, UserId operator) {
        CallSummary c = tx.execute(s -> {
            CallSummary owned = owned(call, operator);
            // Hanging up while one's own phone still rings is a choice, not a phone that failed (OperatorLegs).
            jdbc.sql("""
                            UPDATE call SET end_cause = ?
                            WHERE id = ? AND status = 'DIALLING' AND operator_up_at IS NULL AND end_cause IS NULL""")
                    .params("hung up before the operator's phone answered", call.value()).update();
            return owned;
        });
        if (c.status().isLive()) {
            telephony.hangUp(new TelephonyCallId(call.value()));
        }
    }

    @Override
    @Transactional
    public void wrapUp(CallId call, UserId operator, CallOutcome outcome, Instant callBackAt) {
        CallSummary c = owned(call, operator);
        if (c.status() != CallStatus.WRAP_UP && c.status() != CallStatus.OFFERED) {
            throw new CallRefusedException("hang up before wrapping up: the call is "
                    + c.status().label().toLowerCase(java.util.Locale.UK));
        }
        if (outcome == null) {
            throw new CallRefusedException("choose an outcome: completed, no answer, busy, call back or failed");
        }
        // A call never dialled cannot have been busy or unanswered; it can only be put off or given up.
        if (c.status() == CallStatus.OFFERED && outcome != CallOutcome.CALL_BACK && outcome != CallOutcome.FAILED) {
            throw new CallRefusedException("the school has not been dialled yet, so the call cannot be "
                    + outcome.name().toLowerCase().replace('_', ' ') + ": start the call, or choose call back or "
                    + "failed");
        }
        if (outcome == CallOutcome.COMPLETED && c.bridgedAt() == null) {
            throw new CallRefusedException("the school was never connected, so the call cannot be completed: "
                    + "choose no answer, busy, call back or failed");
        }
        Instant now = clock.instant();
        if (outcome == CallOutcome.CALL_BACK && (callBackAt == null || !callBackAt.isAfter(now)
                || !callBackAt.atZone(clock.getZone()).toLocalDate().equals(c.date()))) {
            throw new CallRefusedException("a call-back needs a time later today, for example 14:15");
        }
        jdbc.sql("UPDATE call SET status = 'DONE', outcome = ?, callback_at = ?, wrapped_up_at = ? WHERE id = ?")
                .params(outcome.name(), CallRows.ts(callBackAt), CallRows.ts(now), call.value()).update();
        setOperator(operator, OperatorStatus.READY, null);
        Retries.scheduleAfter(jdbc, c, outcome, callBackAt, now, properties);
        events.publishEvent(new CallWrappedUp(call, operator, outcome));
        dialler.dialWhenCommitted();
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalInt recordingOffsetNow(CallId call) {
        return rows.find(call).filter(c -> c.bridgedAt() != null && c.endedAt() == null)
                .map(c -> OptionalInt.of((int) Duration.between(c.bridgedAt(), clock.instant()).toSeconds()))
                .orElse(OptionalInt.empty());
    }

    private CallSummary owned(CallId call, UserId operator) {
        CallSummary c = rows.lock(call);
        if (!operator.equals(c.operatorId())) {
            throw new CallRefusedException("this call is not assigned to you");
        }
        return c;
    }

    private void backToQueue(CallId call, UserId operator) {
        jdbc.sql("""
                        UPDATE call SET status = 'DUE', operator_id = NULL, operator_name = NULL, offered_at = NULL,
                        placed_at = NULL WHERE id = ? AND status = 'DIALLING'""")
                .param(call.value()).update();
        setOperator(operator, OperatorStatus.READY, null);
        events.publishEvent(new CallProgressed(call, operator, CallStatus.DUE, "not placed: the telephone exchange "
                + "cannot be reached; back in the queue"));
    }

    private void endWithoutTalk(CallId call, UserId operator, String cause) {
        jdbc.sql("UPDATE call SET status = 'WRAP_UP', ended_at = ?, end_cause = ?, talk_seconds = 0 WHERE id = ?")
                .params(CallRows.ts(clock.instant()), cause, call.value()).update();
        setOperator(operator, OperatorStatus.WRAP_UP, call);
        events.publishEvent(new CallProgressed(call, operator, CallStatus.WRAP_UP, cause));
    }

    private void setOperator(UserId operator, OperatorStatus status, CallId call) {
        jdbc.sql("UPDATE operator_status SET status = ?, current_call_id = ?, since = ? WHERE user_id = ?")
                .params(status.name(), call == null ? null : call.value(), CallRows.ts(clock.instant()),
                        operator.value())
                .update();
    }
}
