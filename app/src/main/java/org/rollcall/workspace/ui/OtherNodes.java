package org.rollcall.workspace.ui;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallWrappedUp;
import org.rollcall.calls.OperatorStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Operators' screens on the other app nodes (ADR 0048). Any node's dialler may offer a call to an operator whose
 * screen is held by another node, which never sees the event. So each change is also sent as a PostgreSQL NOTIFY in
 * the change's own transaction (PostgreSQL delivers it at commit, and not on rollback), and every node LISTENs on
 * one connection of its own and refreshes its screens of that operator; a node skips its own notices.
 */
@Component
class OtherNodes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OtherNodes.class);
    private static final String CHANNEL = "rollcall_workspace";

    private final String node = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final WorkspaceBroadcaster broadcaster;
    private volatile Thread listening;

    OtherNodes(JdbcClient jdbc, DataSource dataSource, WorkspaceBroadcaster broadcaster) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.broadcaster = broadcaster;
    }

    @EventListener
    void on(CallOffered event) {
        tell(event.operatorId());
    }

    @EventListener
    void on(CallProgressed event) {
        tell(event.operatorId());
    }

    @EventListener
    void on(CallWrappedUp event) {
        tell(event.operatorId());
    }

    @EventListener
    void on(OperatorStatusChanged event) {
        tell(event.operatorId());
    }

    private void tell(UserId operator) {
        if (operator != null) {
            jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, node + " " + operator.value()).query(String.class)
                    .optional();
        }
    }

    @Override
    public void start() {
        listening = Thread.ofPlatform().daemon().name("workspace-other-nodes").start(this::listen);
    }

    @Override
    public void stop() {
        Thread thread = listening;
        listening = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listening != null;
    }

    private void listen() {
        while (listening == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection(); Statement listen = connection.createStatement()) {
                connection.setAutoCommit(true);
                listen.execute("LISTEN " + CHANNEL);
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (listening == Thread.currentThread()) {
                    PGNotification[] received = notices.getNotifications(1000);
                    if (received != null) {
                        for (PGNotification notice : received) {
                            heard(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (listening == Thread.currentThread()) {
                    log.warn("Listening for other nodes' operator changes failed; again in 1 s: {}", e.toString());
                    pause();
                }
            }
        }
    }

    private void heard(String notice) {
        String[] parts = notice.split(" ", 2);
        try {
            if (parts.length == 2 && !parts[0].equals(node)) {
                broadcaster.changedElsewhere(new UserId(UUID.fromString(parts[1])));
            }
        } catch (RuntimeException e) {
            log.warn("Could not pass on another node's notice '{}': {}", notice, e.toString());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
