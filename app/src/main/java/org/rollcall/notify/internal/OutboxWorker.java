package org.rollcall.notify.internal;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.rollcall.notify.NotifyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Sends due messages: every poll interval, and at once when a message's transaction commits. One round at a time on
 * this node; other nodes run their own rounds, and the row locks keep them off each other's messages.
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final ObjectProvider<OutboxSender> sender;
    private final TaskScheduler scheduler;
    private final Executor executor;
    private final NotifyProperties properties;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ScheduledFuture<?> polling;

    // The sender is looked up lazily: NotificationService needs this worker, and the sender needs the mail beans.
    // Rounds run on the application's executor: an SMTP exchange can take seconds, and the scheduler's few threads
    // also pace the dialler and the STOMP broker's heartbeats.
    OutboxWorker(ObjectProvider<OutboxSender> sender, TaskScheduler scheduler,
                 @Qualifier("applicationTaskExecutor") Executor executor, NotifyProperties properties) {
        this.sender = sender;
        this.scheduler = scheduler;
        this.executor = executor;
        this.properties = properties;
    }

    /** A message was queued and committed: send it now rather than at the next poll. */
    void nudge() {
        if (isRunning()) {
            executor.execute(this::drain);
        }
    }

    /** Sends until nothing is due; a nudge that arrives meanwhile makes the round go once more. */
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (isRunning() && sender.getObject().sendNext()) {
                    // one message per transaction, until none is due
                }
            } while (again.get() && isRunning());
        } catch (RuntimeException e) {
            // The database is away, for instance: the next poll tries again, nothing is lost.
            log.error("Outbox round failed; next round in {}", properties.pollInterval(), e);
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
        // Start after the web server, stop before the database and the embedded SMTP server go away.
        return Integer.MAX_VALUE - 100;
    }
}
