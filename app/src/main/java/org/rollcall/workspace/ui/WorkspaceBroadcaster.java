package org.rollcall.workspace.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallWrappedUp;
import org.rollcall.calls.OperatorStatusChanged;
import org.rollcall.platform.AfterCommit;
import org.rollcall.platform.ui.ScreenRefreshes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells each operator's open screens about their calls, after the change is committed. The screens refresh on a few
 * threads of their own ({@link ScreenRefreshes}), so neither the dialler's round nor the LISTEN thread of
 * {@link OtherNodes} waits for one operator's screen before offering to or telling the next.
 */
@Component
class WorkspaceBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceBroadcaster.class);
    // A refresh is a few reads and a push write: four overlap their waits on a node's few cores without taking
    // more than four of the pool's connections from the dialler and the API.
    private static final int REFRESHING_THREADS = 4;

    private final Map<UserId, Set<Runnable>> screens = new ConcurrentHashMap<>();
    private final ExecutorService refreshing = Executors.newFixedThreadPool(REFRESHING_THREADS,
            Thread.ofPlatform().daemon().name("workspace-screens-", 0).factory());
    private final ScreenRefreshes<UserId> refreshes = new ScreenRefreshes<>(refreshing, this::send);

    /** The screen reads the operator's call and status afresh when run. */
    Runnable register(UserId operator, Runnable screen) {
        screens.computeIfAbsent(operator, k -> new CopyOnWriteArraySet<>()).add(screen);
        return () -> screens.getOrDefault(operator, Set.of()).remove(screen);
    }

    @EventListener
    void on(CallOffered event) {
        AfterCommit.run(() -> changed(event.operatorId()));
    }

    @EventListener
    void on(CallProgressed event) {
        AfterCommit.run(() -> changed(event.operatorId()));
    }

    @EventListener
    void on(CallWrappedUp event) {
        AfterCommit.run(() -> changed(event.operatorId()));
    }

    /** A supervisor set the operator offline: their screen says so at once. */
    @EventListener
    void on(OperatorStatusChanged event) {
        AfterCommit.run(() -> changed(event.operatorId()));
    }

    /** Another node changed the operator's call or status ({@link OtherNodes}): the screens read it afresh. */
    void changedElsewhere(UserId operator) {
        changed(operator);
    }

    private void changed(UserId operator) {
        if (operator != null && screens.containsKey(operator)) {
            refreshes.request(operator);
        }
    }

    private void send(UserId operator) {
        // One screen whose push connection just broke must not fail the others.
        screens.getOrDefault(operator, Set.of()).forEach(screen -> {
            try {
                screen.run();
            } catch (RuntimeException e) {
                log.warn("Could not update a screen of operator {}: {}", operator.value(), e.toString());
            }
        });
    }

    @Override
    public void destroy() {
        refreshing.shutdownNow();
    }
}
