package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallRefusedException;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.CallsProperties;
import org.rollcall.calls.OperatorStatus;
import org.rollcall.calls.OperatorStatusChanged;
import org.rollcall.calls.SupervisorActions;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's actions. The dialler claims DUE calls and READY operators with FOR UPDATE SKIP LOCKED; these
 * lock the call row and the operators' rows with a plain FOR UPDATE (waiting for the dialler's round to commit,
 * then re-reading), and a withdrawn offer goes straight from one operator to the other without passing through DUE,
 * so the dialler can never offer it a second time (ADR 0031).
 */
@Service
class JdbcSupervisorActions implements SupervisorActions {

    private static final String ROLES = "hasAnyRole('SUPERVISOR','ADMIN')";

    private final JdbcClient jdbc;
    private final CallRows rows;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CallsProperties properties;
    private final Clock clock;

    JdbcSupervisorActions(JdbcClient jdbc, CallRows rows, Accounts accounts, AuditLog audit,
                          ApplicationEventPublisher events, CallsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    private record Desk(UserId id, String name, OperatorStatus status, UUID call) {
    }

    @Override
    @Transactional
    @PreAuthorize(ROLES)
    public void giveTo(CallId call, UserId operator) {
        CallSummary c = rows.lock(call);
        if (c.status() != CallStatus.OFFERED) {
            throw new CallRefusedException("the call is no longer offered (it is " + lower(c.status().label())
                    + "), so it cannot be given to another operator");
        }
        Desk to = lockDesk(operator).orElseThrow(() -> new CallRefusedException(
                "that operator has never been ready: they must sign in and get ready first"));
        if (to.id().equals(c.operatorId())) {
            throw new CallRefusedException("the call is already offered to " + to.name());
        }
        if (to.status() != OperatorStatus.READY) {
            throw new CallRefusedException(to.name() + " is " + lower(to.status().label())
                    + ": a call can be given only to a ready operator");
        }
        Instant now = clock.instant();
        UserId from = c.operatorId();
        lockDesk(from);
        jdbc.sql("""
                        UPDATE operator_status SET status = 'READY', current_call_id = NULL, since = ?
                        WHERE user_id = ? AND current_call_id = ?""")
                .params(CallRows.ts(now), from.value(), call.value()).update();
        jdbc.sql("UPDATE call SET operator_id = ?, operator_name = ?, offered_at = ? WHERE id = ?")
                .params(to.id().value(), to.name(), CallRows.ts(now), call.value()).update();
        jdbc.sql("UPDATE operator_status SET status = 'RESERVED', current_call_id = ?, since = ? WHERE user_id = ?")
                .params(call.value(), CallRows.ts(now), to.id().value()).update();
        audit.record(actor(), "give-call", "call", call.toString(), "before: offered to " + c.operatorName()
                + "; after: offered to " + to.name());
        events.publishEvent(new CallProgressed(call, from, CallStatus.DUE, "withdrawn by a supervisor"));
        events.publishEvent(new CallOffered(call, to.id(), c.provisionId()));
    }

    @Override
    @Transactional
    @PreAuthorize(ROLES)
    public void setOffline(UserId operator) {
        // The call row first, then the operator's, as the operator's own start and wrap-up do: no deadlock.
        Optional<UUID> offered = jdbc.sql("SELECT current_call_id FROM operator_status WHERE user_id = ?")
                .param(operator.value()).query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional().flatMap(o -> o);
        offered.ifPresent(id -> rows.lock(new CallId(id)));
        Desk desk = lockDesk(operator).orElseThrow(() -> new CallRefusedException(
                "that operator has never been ready, so is offline already"));
        if (desk.call() != null && !offered.equals(Optional.of(desk.call()))) {
            throw new CallRefusedException(desk.name() + "'s call changed just now: look again and retry");
        }
        String before = desk.status().label();
        switch (desk.status()) {
            case OFFLINE -> throw new CallRefusedException(desk.name() + " is offline already");
            case ON_CALL, WRAP_UP -> throw new CallRefusedException(desk.name() + " is " + lower(before)
                    + ": they can be set offline once the call is wrapped up");
            case RESERVED -> {
                // The offer goes back to the queue as it was: the dialler offers it to the next ready operator.
                CallSummary c = rows.lock(new CallId(desk.call()));  // already held: re-read, no wait
                jdbc.sql("""
                                UPDATE call SET status = 'DUE', operator_id = NULL, operator_name = NULL,
                                offered_at = NULL WHERE id = ? AND status = 'OFFERED'""")
                        .param(c.id().value()).update();
                before += " (call " + c.id() + " back in the queue)";
            }
            default -> {
            }
        }
        Instant now = clock.instant();
        String who = actor();
        jdbc.sql("""
                        UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL, since = ?,
                        not_ready_reason = ? WHERE user_id = ?""")
                .params(CallRows.ts(now), "set offline by supervisor " + who + " at "
                        + HumanDates.time(now, clock.getZone()), operator.value()).update();
        audit.record(who, "set-operator-offline", "user", desk.name(), "before: " + before + "; after: Offline");
        events.publishEvent(new OperatorStatusChanged(operator, OperatorStatus.OFFLINE));
        if (desk.call() != null) {
            events.publishEvent(new CallProgressed(new CallId(desk.call()), operator, CallStatus.DUE,
                    "withdrawn: set offline by a supervisor"));
        }
    }

    @Override
    @Transactional
    @PreAuthorize(ROLES)
    public CallId addAttempt(CallId missedCall) {
        CallSummary c = rows.lock(missedCall);
        LocalDate today = LocalDate.now(clock);
        if (c.purpose().aboutAChild()) {
            throw new CallRefusedException("a " + lower(c.purpose().label()) + " is retried by its follow-up, not "
                    + "here: only a school's call can be given another attempt");
        }
        if (!c.date().equals(today)) {
            throw new CallRefusedException("the call was on " + HumanDates.day(c.date()) + ": only a school that "
                    + "missed its window today can be given another attempt");
        }
        if (c.status() != CallStatus.MISSED) {
            throw new CallRefusedException("the call is " + lower(c.status().label()) + ", not missed: only a school "
                    + "that missed its window today can be given another attempt");
        }
        requireNothingPending(c);
        Instant now = clock.instant();
        CallId added = insertAttempt(c, now, now.plus(properties.supervisorAttemptWindow()));
        audit.record(actor(), "add-call-attempt", "call", added.toString(), "before: attempt " + c.attempt()
                + " missed its window; after: attempt due now, closing at "
                + HumanDates.time(now.plus(properties.supervisorAttemptWindow()), clock.getZone()));
        return added;
    }

    @Override
    @Transactional
    @PreAuthorize(ROLES)
    public void callBackAt(CallId call, Instant at) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Instant dayEnds = today.atTime(properties.schoolDayEnds()).atZone(clock.getZone()).toInstant();
        String accepted = "choose a time later today, up to " + HumanDates.time(dayEnds, clock.getZone());
        if (at == null) {
            throw new CallRefusedException("a call-back needs a time: " + accepted);
        }
        if (!at.isAfter(now)) {
            throw new CallRefusedException(HumanDates.time(at, clock.getZone()) + " has passed: " + accepted);
        }
        if (at.isAfter(dayEnds) || !LocalDate.ofInstant(at, clock.getZone()).equals(today)) {
            throw new CallRefusedException("that is after the school day: " + accepted);
        }
        CallSummary c = rows.lock(call);
        if (!c.date().equals(today)) {
            throw new CallRefusedException("the call was on " + HumanDates.day(c.date()) + ": only today's calls can "
                    + "be called back");
        }
        if (c.purpose().aboutAChild()) {
            throw new CallRefusedException("a " + lower(c.purpose().label()) + " is retried by its follow-up, not "
                    + "here: only a school's call can be called back");
        }
        Instant closes = at.plus(Duration.ofMinutes(30)).isAfter(c.windowCloses()) ? at.plus(Duration.ofMinutes(30))
                : c.windowCloses();
        String time = HumanDates.time(at, clock.getZone());
        if (c.status() == CallStatus.DUE) {
            jdbc.sql("UPDATE call SET due_at = ?, window_closes = ? WHERE id = ? AND status = 'DUE'")
                    .params(CallRows.ts(at), CallRows.ts(closes), call.value()).update();
            audit.record(actor(), "schedule-call-back", "call", call.toString(), "before: due at "
                    + HumanDates.time(c.dueAt(), clock.getZone()) + "; after: due at " + time);
            return;
        }
        boolean unreached = c.status() == CallStatus.MISSED
                || c.status() == CallStatus.DONE && c.outcome() != CallOutcome.COMPLETED;
        if (!unreached) {
            throw new CallRefusedException("the call is " + lower(c.status().label()) + ": only a call still due, "
                    + "missed or ended without reaching the school can be called back");
        }
        requireNothingPending(c);
        CallId added = insertAttempt(c, at, closes);
        audit.record(actor(), "schedule-call-back", "call", added.toString(), "before: " + lower(c.status()
                .label()) + " (attempt " + c.attempt() + "); after: call-back due at " + time);
    }

    private void requireNothingPending(CallSummary c) {
        boolean pending = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM call WHERE provision_id = ? AND call_date = ? AND purpose = ?
                        AND status IN ('DUE', 'OFFERED', 'DIALLING', 'RINGING', 'CONNECTED', 'WRAP_UP'))""")
                .params(c.provisionId().value(), c.date(), c.purpose().name()).query(Boolean.class).single();
        if (pending) {
            throw new CallRefusedException("this school's " + lower(c.purpose().label()) + " already has an attempt "
                    + "waiting or in progress today");
        }
        boolean reached = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM call WHERE provision_id = ? AND call_date = ? AND purpose = ?
                        AND outcome = 'COMPLETED')""")
                .params(c.provisionId().value(), c.date(), c.purpose().name()).query(Boolean.class).single();
        if (reached) {
            throw new CallRefusedException("this school's " + lower(c.purpose().label()) + " reached the school "
                    + "today already");
        }
    }

    private CallId insertAttempt(CallSummary c, Instant due, Instant closes) {
        UUID id = UUID.randomUUID();
        int attempt = jdbc.sql("""
                        SELECT COALESCE(max(attempt), 0) + 1 FROM call
                        WHERE provision_id = ? AND call_date = ? AND purpose = ?""")
                .params(c.provisionId().value(), c.date(), c.purpose().name()).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO call (id, provision_id, call_date, window_id, window_closes, due_at, attempt, status,
                                          follows_call, purpose, collect_from)
                        SELECT ?, provision_id, call_date, window_id, ?, ?, ?, 'DUE', id, purpose, collect_from
                        FROM call WHERE id = ?""")
                .params(id, CallRows.ts(closes), CallRows.ts(due), attempt, c.id().value()).update();
        return new CallId(id);
    }

    private Optional<Desk> lockDesk(UserId operator) {
        return jdbc.sql("SELECT * FROM operator_status WHERE user_id = ? FOR UPDATE").param(operator.value())
                .query((rs, n) -> new Desk(operator, rs.getString("username"),
                        OperatorStatus.valueOf(rs.getString("status")), rs.getObject("current_call_id", UUID.class)))
                .optional();
    }

    private String actor() {
        return accounts.caller().name();
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.UK);
    }
}
