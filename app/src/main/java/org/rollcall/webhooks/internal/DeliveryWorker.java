package org.rollcall.webhooks.internal;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.rollcall.webhooks.WebhookProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends due deliveries every poll interval, and at once after a transaction that queued one commits; one round at a
 * time on this node, the row locks keep nodes off each other's deliveries. The notify outbox's worker, for webhooks.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final ObjectProvider<DeliverySender> sender;
    private final TaskScheduler scheduler;
    private final Executor executor;
    private final WebhookProperties properties;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ScheduledFuture<?> polling;

    // Rounds run on the application's executor: a receiver may take the whole read timeout to answer.
    DeliveryWorker(ObjectProvider<DeliverySender> sender, TaskScheduler scheduler,
                   @Qualifier("applicationTaskExecutor") Executor executor, WebhookProperties properties) {
        this.sender = sender;
        this.scheduler = scheduler;
        this.executor = executor;
        this.properties = properties;
    }

    /** Sends as soon as the current transaction commits (or now, outside one). */
    void nudgeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            nudge();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                nudge();
            }
        });
    }

    private void nudge() {
        if (isRunning()) {
            executor.execute(this::drain);
        }
    }

    void drain() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (isRunning() && sender.getObject().sendNext()) {
                    // one delivery per transaction, until none is due
                }
            } while (again.get() && isRunning());
        } catch (RuntimeException e) {
            log.error("Webhook round failed; next round in {}", properties.pollInterval(), e);
        } finally {
            draining.set(false);
        }
    }

    @Override
    public void start() {
        Instant first = scheduler.getClock().instant().plusMillis(500);
        polling = scheduler.scheduleWithFixedDelay(() -> executor.execute(this::drain), first,
                properties.pollInterval());
    }

    @Override
    public void stop() {
        ScheduledFuture<?> running = polling;
        polling = null;
        if (running != null) {
            running.cancel(false);
        }
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }

    @Override
    public int getPhase() {
        // Start after the web server, stop before the database goes away.
        return Integer.MAX_VALUE - 100;
    }
}
