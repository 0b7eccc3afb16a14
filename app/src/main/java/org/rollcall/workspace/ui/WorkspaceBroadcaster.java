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
import org.rollcall.calls.OperatorScreens;
import org.rollcall.calls.OperatorStatusChanged;
import org.rollcall.platform.AfterCommit;
import org.rollcall.platform.ui.ScreenRefreshes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells each operator's open screens about their calls, after the change is committed. A change made on this node
 * refreshes the screens on the committing thread: the thread that offered or wrapped up waits for the screen, which
 * keeps the dialler from offering faster than screens can show (measured: handing these to a few threads of their
 * own lost pops at 450 operators, ADR 0048). A change heard from another node ({@link OtherNodes}) has no such
 * thread: it is refreshed on threads of its own ({@link ScreenRefreshes}), so the one LISTEN thread never waits.
 */
@Component
class WorkspaceBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceBroadcaster.class);
    // A refresh is a few reads and a push write; eight overlap their waits without taking more than eight of the
    // pool's connections from the dialler and the API.
    private static final int REFRESHING_THREADS = 8;

    private final Map<UserId, Set<Runnable>> screens = new ConcurrentHashMap<>();
    private final ExecutorService refreshing = Executors.newFixedThreadPool(REFRESHING_THREADS,
            Thread.ofPlatform().daemon().name("workspace-other-nodes-", 0).factory());
    private final ScreenRefreshes<UserId> refreshes = new ScreenRefreshes<>(refreshing, this::send);
    private final OperatorScreens held;

    WorkspaceBroadcaster(OperatorScreens held) {
        this.held = held;
    }

    /**
     * The screen reads the operator's call and status afresh when run. While it is registered, this node's dialler
     * is the one that offers the operator calls (ADR 0051), so their screen pops are pushed from here.
     */
    Runnable register(UserId operator, Runnable screen) {
        screens.computeIfAbsent(operator, k -> new CopyOnWriteArraySet<>()).add(screen);
        held.opened(operator);
        return () -> {
            if (screens.getOrDefault(operator, Set.of()).remove(screen)) {
                held.closed(operator);
            }
        };
    }

    @EventListener
    void on(CallOffered event) {
        AfterCommit.run(() -> send(event.operatorId()));
    }

    @EventListener
    void on(CallProgressed event) {
        AfterCommit.run(() -> send(event.operatorId()));
    }

    @EventListener
    void on(CallWrappedUp event) {
        AfterCommit.run(() -> send(event.operatorId()));
    }

    /** A supervisor set the operator offline: their screen says so at once. */
    @EventListener
    void on(OperatorStatusChanged event) {
        AfterCommit.run(() -> send(event.operatorId()));
    }

    /** Another node changed the operator's call or status ({@link OtherNodes}): the screens read it afresh. */
    void changedElsewhere(UserId operator) {
        if (screens.containsKey(operator)) {
            refreshes.request(operator);
        }
    }

    private void send(UserId operator) {
        if (operator == null) {
            return;
        }
        // One screen whose push connection just broke must not fail the others, nor the committed change's caller.
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
