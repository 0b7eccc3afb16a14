package org.rollcall.webhooks.internal;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.rollcall.webhooks.WebhookProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends due deliveries every poll interval, and at once after a transaction that queued one commits: up to
 * {@code concurrency} rounds at a time on this node, each claiming its own rows (SKIP LOCKED), so one receiver that
 * takes its whole timeout does not hold up the others; other nodes run their own rounds. The notify outbox's worker
 * (ADR 0016), with threads of its own: a slow receiver never occupies the application's executor, which also runs
 * the module listeners.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final ObjectProvider<DeliverySender> sender;
    private final TaskScheduler scheduler;
    private final WebhookProperties properties;
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ThreadPoolTaskExecutor senders;
    private volatile ScheduledFuture<?> polling;

    DeliveryWorker(ObjectProvider<DeliverySender> sender, TaskScheduler scheduler, WebhookProperties properties) {
        this.sender = sender;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    /** Sends as soon as the current transaction commits (or now, outside one). */
    void nudgeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            startRounds();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                startRounds();
            }
        });
    }

    private void startRounds() {
        ThreadPoolTaskExecutor pool = senders;
        if (pool == null || !isRunning()) {
            return;
        }
        for (int i = rounds.get(); i < properties.concurrency(); i++) {
            try {
                pool.execute(this::drain);
            } catch (TaskRejectedException e) {
                return; // enough rounds are waiting already
            }
        }
    }

    /** Sends until nothing is due; a nudge while every round is busy makes one go round once more. */
    void drain() {
        if (rounds.incrementAndGet() > properties.concurrency()) {
            rounds.decrementAndGet();
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
            // The database is away, for instance: the next poll tries again, nothing is lost.
            log.error("Webhook round failed; next round in {}", properties.pollInterval(), e);
        } finally {
            rounds.decrementAndGet();
        }
    }

    @Override
    public void start() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("webhooks-");
        pool.setCorePoolSize(properties.concurrency());
        pool.setMaxPoolSize(properties.concurrency());
        pool.setQueueCapacity(properties.concurrency() * 4);
        pool.initialize();
        senders = pool;
        Instant first = scheduler.getClock().instant().plusMillis(500);
        polling = scheduler.scheduleWithFixedDelay(this::startRounds, first, properties.pollInterval());
    }

    @Override
    public void stop() {
        ScheduledFuture<?> running = polling;
        polling = null;
        if (running != null) {
            running.cancel(false);
        }
        ThreadPoolTaskExecutor pool = senders;
        senders = null;
        if (pool != null) {
            pool.shutdown();
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
