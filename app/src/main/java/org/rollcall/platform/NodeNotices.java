package org.rollcall.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the other app nodes on the same database that something changed, so their open screens can read it afresh
 * (ADR 0048): a screen is pushed by the node holding it, but the change may commit on another. A notice is a
 * PostgreSQL NOTIFY sent in the change's own transaction (delivered at its commit, never on rollback); each node
 * LISTENs on one connection of its own and hands each notice of a topic to that topic's listeners; a node skips its
 * own notices. Listeners run on the listening thread, so they only queue work.
 */
@Component
public class NodeNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeNotices.class);
    private static final String CHANNEL = "rollcall_nodes";

    /** An operator's call or status changed; the subject is the operator's id. Sent by the workspace. */
    public static final String OPERATOR_CHANGED = "operator";
    /** An authority's children's marks changed; the subject is the authority's id. Sent by the extranet. */
    public static final String MARKS_CHANGED = "marks";

    /** SQL: the names of the nodes whose listening connection is open, for {@code node IN (…)}. */
    public static final String LIVE_NODES =
            "SELECT application_name FROM pg_stat_activity WHERE application_name LIKE 'rollcall-node-%'";

    private final String node = UUID.randomUUID().toString();
    // The LISTEN connection's application_name: while it shows in pg_stat_activity, this node is alive (ADR 0051).
    private final String name = "rollcall-node-" + node;
    private final Map<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Thread listening;

    NodeNotices(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * This node's name, which its listening connection carries as its {@code application_name}: a node is alive,
     * for the other nodes, while {@code pg_stat_activity} shows a connection of that name (see {@link #LIVE_NODES}).
     */
    public String name() {
        return name;
    }

    /**
     * Sends {@code subject} (an id) under {@code topic} when the current transaction commits, at once without one.
     * A transaction's notices go in one statement just before it commits, each distinct notice once: a call's
     * dozen marks for one authority cost one round trip, not a dozen.
     */
    public void send(String topic, String subject) {
        String notice = node + " " + topic + " " + subject;
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            notify(List.of(notice));
            return;
        }
        // Synchronizations are suspended with their transaction, so a REQUIRES_NEW inside finds its own batch.
        Batch batch = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Batch b && b.owner() == this).map(Batch.class::cast).findFirst()
                .orElseGet(() -> {
                    Batch fresh = new Batch(this);
                    TransactionSynchronizationManager.registerSynchronization(fresh);
                    return fresh;
                });
        batch.add(notice);
    }

    private void notify(Collection<String> notices) {
        jdbc.sql("SELECT pg_notify(?, n) FROM unnest(?::text[]) n")
                .params(CHANNEL, notices.toArray(String[]::new)).query(String.class).list();
    }

    /** One transaction's notices, sent before it commits; one added later (another commit hook) goes at once. */
    private static final class Batch implements TransactionSynchronization {

        private final NodeNotices owner;
        private final Set<String> notices = new LinkedHashSet<>();
        private boolean sent;

        Batch(NodeNotices owner) {
            this.owner = owner;
        }

        NodeNotices owner() {
            return owner;
        }

        synchronized void add(String notice) {
            if (sent) {
                owner.notify(List.of(notice));
            } else {
                notices.add(notice);
            }
        }

        @Override
        public synchronized void beforeCommit(boolean readOnly) {
            sent = true;
            if (!notices.isEmpty()) {
                owner.notify(notices);
            }
        }
    }

    /** Hears other nodes' notices of {@code topic}; keep the listener short, it runs on the listening thread. */
    public Runnable listen(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.getOrDefault(topic, Set.of()).remove(listener);
    }

    @Override
    public void start() {
        // Assigned before it runs: a thread that started first would find itself not the listener and end at once.
        Thread thread = Thread.ofPlatform().daemon().name("other-nodes").unstarted(this::listen);
        listening = thread;
        thread.start();
    }

    @Override
    public void stop() {
        log.info("No longer listening for other app nodes' changes (node {})", node);
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
                listen.execute("SET application_name = '" + name + "'");
                listen.execute("LISTEN " + CHANNEL);
                log.info("Listening for other app nodes' changes (node {})", node);
                try {
                    hear(connection.unwrap(PGConnection.class));
                } finally {
                    forget(connection, listen);
                }
            } catch (SQLException e) {
                if (listening == Thread.currentThread()) {
                    log.warn("Listening for other nodes' changes failed; again in 1 s: {}", e.toString());
                    pause();
                }
            }
        }
    }

    /**
     * The connection goes back to the pool: it must neither keep listening nor keep saying this node is alive once
     * the node stops; one that cannot be reset is thrown away.
     */
    private static void forget(Connection connection, Statement listen) {
        try {
            listen.execute("UNLISTEN *; RESET application_name");
        } catch (SQLException e) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // already gone: nothing to reset
            }
        }
    }

    private void hear(PGConnection notices) throws SQLException {
        while (listening == Thread.currentThread()) {
            PGNotification[] received = notices.getNotifications(1000);
            if (received != null) {
                for (PGNotification notice : received) {
                    heard(notice.getParameter());
                }
            }
        }
    }

    private void heard(String notice) {
        String[] parts = notice.split(" ", 3);
        if (parts.length < 3 || parts[0].equals(node)) {
            return;
        }
        for (Consumer<String> listener : listeners.getOrDefault(parts[1], Set.of())) {
            try {
                listener.accept(parts[2]);
            } catch (RuntimeException e) {
                log.warn("Could not pass on another node's notice '{}': {}", notice, e.toString());
            }
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
