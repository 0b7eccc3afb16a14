package org.rollcall.calls.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.OperatorScreens;
import org.rollcall.platform.NodeNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records which node holds each operator's screens (ADR 0051), for the {@link Dialler}. Counts this node's screens
 * of each operator, so the row goes with the last one; a count changes under the map's lock for that operator, so
 * an opening and a closing cannot leave the row out of step.
 */
@Service
class JdbcOperatorScreens implements OperatorScreens {

    private static final Logger log = LoggerFactory.getLogger(JdbcOperatorScreens.class);

    private final Map<UserId, Integer> held = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node;

    JdbcOperatorScreens(JdbcClient jdbc, Clock clock, NodeNotices notices, DiallerSchedule dialler) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = notices.name();
        // Another node freed one of this node's operators (a webhook landed there): only this node offers them a
        // call, so run a round now rather than at the next tick.
        notices.listen(NodeNotices.OPERATOR_CHANGED, operator -> {
            if (held.containsKey(new UserId(UUID.fromString(operator)))) {
                dialler.dialWhenCommitted();
            }
        });
    }

    @Override
    public void opened(UserId operator) {
        held.compute(operator, (k, screens) -> {
            if (screens == null) {
                record(operator);
                return 1;
            }
            return screens + 1;
        });
    }

    @Override
    public void closed(UserId operator) {
        held.computeIfPresent(operator, (k, screens) -> {
            if (screens > 1) {
                return screens - 1;
            }
            forget(operator);
            return null;
        });
    }

    /** Failing to record only costs the offers' routing (any node offers then), never the screen. */
    private void record(UserId operator) {
        try {
            // Rows left by nodes that are gone (a crash leaves them) go when the operator next opens a screen.
            jdbc.sql("DELETE FROM operator_screen WHERE user_id = ? AND node <> ? AND node NOT IN ("
                            + NodeNotices.LIVE_NODES + ")")
                    .params(operator.value(), node).update();
            jdbc.sql("""
                            INSERT INTO operator_screen (user_id, node, opened_at) VALUES (?, ?, ?)
                            ON CONFLICT (user_id, node) DO UPDATE SET opened_at = EXCLUDED.opened_at""")
                    .params(operator.value(), node, CallRows.ts(clock.instant())).update();
        } catch (DataAccessException e) {
            log.warn("Could not record that this node holds operator {}'s screen: {}", operator.value(), e.toString());
        }
    }

    /**
     * A row left behind only keeps other nodes from offering to the operator while this node lives (and this node
     * still offers to them); at shutdown, when the screens close after the pool, it cannot be helped and is
     * harmless: so it is not worth a warning.
     */
    private void forget(UserId operator) {
        try {
            jdbc.sql("DELETE FROM operator_screen WHERE user_id = ? AND node = ?")
                    .params(operator.value(), node).update();
        } catch (DataAccessException e) {
            log.debug("Could not record that this node no longer holds operator {}'s screen: {}", operator.value(),
                    e.toString());
        }
    }
}
