package org.rollcall.supervision.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.rollcall.attendance.MarkRecorded;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallWrappedUp;
import org.rollcall.calls.DiallerStatus;
import org.rollcall.calls.OperatorStatusChanged;
import org.rollcall.platform.AfterCommit;
import org.rollcall.platform.NodeNotices;
import org.rollcall.platform.ui.PushThrottle;
import org.rollcall.supervision.SupervisionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Tells open wallboards that the day changed, after the change commits, throttled ({@link PushThrottle}): a busy
 * minute of offers, dials and marks becomes at most one refresh per {@code rollcall.supervision.push-interval}. It
 * only pushes; each wallboard reads the day afresh through the modules' public APIs. Changes committed on another app
 * node arrive as {@link NodeNotices}.
 */
@Component
public class WallboardBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(WallboardBroadcaster.class);

    private final Set<Runnable> screens = new CopyOnWriteArraySet<>();
    private final TaskScheduler scheduler;
    private final PushThrottle throttle;

    WallboardBroadcaster(TaskScheduler scheduler, SupervisionProperties properties, DiallerStatus dialler,
            NodeNotices otherNodes) {
        this.scheduler = scheduler;
        this.throttle = new PushThrottle(properties.pushInterval());
        dialler.onChange(this::changed);
        // Operators and marks changed on another app node: what the workspace and extranet tell their screens.
        otherNodes.listen(NodeNotices.OPERATOR_CHANGED, subject -> changed());
        otherNodes.listen(NodeNotices.MARKS_CHANGED, subject -> changed());
        // Times in state move on with nothing happening: a slow tick keeps them current.
        scheduler.scheduleWithFixedDelay(this::changed, properties.refreshEvery());
    }

    /** Registers an open wallboard; run the returned {@code Runnable} when it closes. */
    public Runnable register(Runnable screen) {
        screens.add(screen);
        return () -> screens.remove(screen);
    }

    @EventListener
    void on(CallOffered event) {
        AfterCommit.run(() -> changed());
    }

    @EventListener
    void on(CallProgressed event) {
        AfterCommit.run(() -> changed());
    }

    @EventListener
    void on(CallWrappedUp event) {
        AfterCommit.run(() -> changed());
    }

    @EventListener
    void on(OperatorStatusChanged event) {
        AfterCommit.run(() -> changed());
    }

    @EventListener
    void on(MarkRecorded event) {
        AfterCommit.run(() -> changed());
    }

    void changed() {
        if (screens.isEmpty()) {
            return;
        }
        long wait = throttle.requested(System.nanoTime());
        if (wait >= 0) {
            // Technical time (when to push), not business time: the scheduler's own clock.
            scheduler.schedule(this::push, scheduler.getClock().instant().plus(Duration.ofNanos(wait)));
        }
    }

    private void push() {
        throttle.pushed(System.nanoTime());
        for (Runnable screen : screens) {
            try {
                screen.run();
            } catch (RuntimeException e) {
                log.warn("A wallboard could not be told the day changed: {}", e.getMessage());
            }
        }
    }
}
