package org.rollcall.calls.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a restart no call can still be live on this node's exchange, and no browser still holds an operator's
 * session: close interrupted calls, put offered ones back in the queue, and sign every operator out of the queue.
 * (Single node; with several nodes this moves to a per-node ownership column.)
 */
@Component
@Order(0)
class CallRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CallRecovery.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    CallRecovery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var now = CallRows.ts(clock.instant());
        int interrupted = jdbc.sql("""
                        UPDATE call SET status = 'DONE', outcome = 'FAILED', ended_at = coalesce(ended_at, ?),
                        end_cause = coalesce(end_cause, 'interrupted: the application restarted'), wrapped_up_at = ?
                        WHERE status IN ('DIALLING', 'RINGING', 'CONNECTED', 'WRAP_UP')""")
                .params(now, now).update();
        int requeued = jdbc.sql("""
                        UPDATE call SET status = 'DUE', operator_id = NULL, operator_name = NULL, offered_at = NULL
                        WHERE status = 'OFFERED'""").update();
        jdbc.sql("UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL, since = ?").param(now)
                .update();
        if (interrupted + requeued > 0) {
            log.warn("Start-up recovery: {} interrupted calls closed as failed, {} offered calls put back in the "
                    + "queue", interrupted, requeued);
        }
    }
}
