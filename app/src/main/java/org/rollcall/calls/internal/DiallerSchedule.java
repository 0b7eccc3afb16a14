package org.rollcall.calls.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.rollcall.calls.CallsProperties;
import org.rollcall.telephony.HumanDuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the planner and the dialler on the configured intervals, and a dialler round as soon as an operator is
 * free ({@link #dialWhenCommitted}), so no operator time is lost waiting for the next tick at any clock speed. A
 * lifecycle bean, so it starts once the context is up and stops before the database goes away at shutdown.
 */
@Component
class DiallerSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiallerSchedule.class);

    private final CallPlanner planner;
    private final Dialler dialler;
    private final ProviderWatch provider;
    private final TaskScheduler scheduler;
    private final CallsProperties properties;
    private final List<ScheduledFuture<?>> running = new CopyOnWriteArrayList<>();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final AtomicBoolean dialling = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    DiallerSchedule(CallPlanner planner, Dialler dialler, ProviderWatch provider, TaskScheduler scheduler,
                    CallsProperties properties) {
        this.planner = planner;
        this.dialler = dialler;
        this.provider = provider;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public void start() {
        // The scheduler's own clock paces the rounds; what is due is decided on the app clock inside them.
        Instant start = scheduler.getClock().instant();
        running.add(scheduler.scheduleAtFixedRate(this::plan, start, properties.planInterval()));
        running.add(scheduler.scheduleWithFixedDelay(this::dial, start.plusSeconds(1), properties.diallerInterval()));
    }

    /** Plans again once start-up runners (such as the demo data) have filled the directory. */
    @EventListener(ApplicationReadyEvent.class)
    void planWhenReady() {
        plan();
    }

    /**
     * An operator became free in the current transaction: run a dialler round once it commits (the operator is
     * only READY to other connections then). Nudges that arrive while one is pending share its round.
     */
    void dialWhenCommitted() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            dialSoon();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dialSoon();
            }
        });
    }

    private void dialSoon() {
        if (!isRunning() || !nudged.compareAndSet(false, true)) {
            return;
        }
        // Another node's or the fixed tick's round may run at the same time: rows are claimed with SKIP LOCKED.
        scheduler.schedule(() -> {
            nudged.set(false);
            dial();
        }, scheduler.getClock().instant());
    }

    @Override
    public void stop() {
        running.forEach(f -> f.cancel(false));
        running.clear();
    }

    @Override
    public boolean isRunning() {
        return !running.isEmpty();
    }

    @Override
    public int getPhase() {
        // Start last (after the web server), stop first.
        return Integer.MAX_VALUE - 100;
    }

    /** One planner round; package-private so a discrete-event benchmark runs the same round at virtual times. */
    void plan() {
        try {
            planner.planToday();
        } catch (RuntimeException e) {
            log.error("Call planning failed; will try again in {}", HumanDuration.format(properties.planInterval()), e);
        }
    }

    /**
     * One dialler round, as {@link #plan()}; one at a time on a node. A round that is asked for while one runs is run
     * by that one once more, rather than beside it: each offer's screen pop is built on the offering thread, and two
     * rounds side by side on a full room's opening only slow each other's pops (ADR 0056). Other nodes' rounds still
     * run beside this one (SKIP LOCKED).
     */
    void dial() {
        again.set(true);
        while (again.get() && dialling.compareAndSet(false, true)) {
            try {
                while (again.getAndSet(false)) {
                    round();
                }
            } finally {
                dialling.set(false);
            }
            // A request that came after the last check and before the release is run here, not lost.
        }
    }

    private void round() {
        try {
            boolean mayDial = provider.mayDial();
            dialler.markMissed(mayDial ? "window closed before an operator was free"
                    : "window closed while dialling was paused: the telephone exchange could not be reached");
            if (!mayDial) {
                return; // due calls wait in the queue, and no attempt is used, until the provider is back
            }
            while (dialler.offerNext()) {
                // offer until no due call or no ready operator is left
            }
        } catch (RuntimeException e) {
            log.error("Dialler round failed; next round in {}", HumanDuration.format(properties.diallerInterval()), e);
        }
    }
}
