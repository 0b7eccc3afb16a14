package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallsProperties;
import org.rollcall.directory.ProvisionId;
import org.rollcall.platform.NodeNotices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairs due calls with READY operators: those whose screens this node holds, or no live node does (ADR 0051).
 * Rows are claimed with FOR UPDATE SKIP LOCKED so several app nodes can dial side by side without a coordinator.
 * Calls whose window closed unreached are marked missed. The schedule does not offer calls while the telephony
 * provider cannot be reached ({@link ProviderWatch}).
 */
@Component
class Dialler {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CallsProperties properties;
    private final String node;

    Dialler(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, CallsProperties properties,
            NodeNotices notices) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.node = notices.name();
    }

    /** Offers one due call to one ready operator; false when either is lacking. */
    @Transactional
    public boolean offerNext() {
        var now = CallRows.ts(clock.instant());
        // An operator whose screen another live node holds is that node's to offer to (ADR 0051): the node that
        // offers then pushes the screen pop itself instead of via a notice and a refresh on the other node.
        Optional<UUID[]> operator = jdbc.sql("""
                        SELECT user_id FROM operator_status o WHERE status = 'READY'
                        AND (EXISTS (SELECT 1 FROM operator_screen s WHERE s.user_id = o.user_id AND s.node = ?)
                            OR NOT EXISTS (SELECT 1 FROM operator_screen s WHERE s.user_id = o.user_id
                                AND s.node IN (%s)))
                        ORDER BY since LIMIT 1 FOR UPDATE SKIP LOCKED""".formatted(NodeNotices.LIVE_NODES))
                .param(node)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class)}).optional();
        if (operator.isEmpty()) {
            return false;
        }
        // School calls first, the window closing soonest first; a carer or social-worker call only fills slack
        // (ADR 0017): never while a school call falls due within one such call's allowance and could not wait.
        Duration allowance = properties.carerCallAllowance();
        Optional<UUID[]> call = jdbc.sql("""
                        SELECT id, provision_id FROM call c WHERE status = 'DUE' AND due_at <= ? AND window_closes > ?
                        AND (purpose IN ('MORNING', 'AFTERNOON') OR NOT EXISTS (
                            SELECT 1 FROM call s WHERE s.status = 'DUE' AND s.purpose IN ('MORNING', 'AFTERNOON')
                            AND s.due_at < ?
                            AND s.window_closes > ? AND s.window_closes <= ?))
                        ORDER BY purpose NOT IN ('MORNING', 'AFTERNOON'), %s, due_at
                        LIMIT 1 FOR UPDATE SKIP LOCKED""".formatted(closing()))
                .params(now, now, CallRows.ts(clock.instant().plus(allowance)), now,
                        CallRows.ts(clock.instant().plus(allowance.multipliedBy(2))))
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).optional();
        if (call.isEmpty()) {
            return false;
        }
        UUID operatorId = operator.get()[0];
        UUID callId = call.get()[0];
        jdbc.sql("""
                        UPDATE call SET status = 'OFFERED', operator_id = ?, offered_at = ?,
                        operator_name = (SELECT username FROM operator_status WHERE user_id = ?) WHERE id = ?""")
                .params(operatorId, now, operatorId, callId).update();
        jdbc.sql("UPDATE operator_status SET status = 'RESERVED', current_call_id = ?, since = ? WHERE user_id = ?")
                .params(callId, now, operatorId).update();
        events.publishEvent(new CallOffered(new CallId(callId), new UserId(operatorId),
                new ProvisionId(call.get()[1])));
        return true;
    }

    /**
     * The order's deadline: the window's close, or with a retry yield (ADR 0055) a retry's close that much later, so
     * first attempts closing soon go first. Not a call-back: that is the time the school asked for.
     */
    private String closing() {
        long yield = properties.retryYield().toSeconds();
        return yield == 0 ? "window_closes" : """
                window_closes + CASE WHEN attempt > 1 AND NOT EXISTS (SELECT 1 FROM call f WHERE f.id = c.follows_call
                    AND f.outcome = 'CALL_BACK') THEN interval '%d seconds' ELSE interval '0' END""".formatted(yield);
    }

    /** Due calls whose window has closed were not reached: say so (and why) rather than dial late. */
    @Transactional
    public int markMissed(String cause) {
        var now = CallRows.ts(clock.instant());
        List<UUID> missed = jdbc.sql("""
                        UPDATE call SET status = 'MISSED', end_cause = ?
                        WHERE status = 'DUE' AND window_closes <= ? RETURNING id""")
                .params(cause, now).query(UUID.class).list();
        missed.forEach(id -> events.publishEvent(new CallProgressed(new CallId(id), null, CallStatus.MISSED,
                "window closed")));
        return missed.size();
    }
}
