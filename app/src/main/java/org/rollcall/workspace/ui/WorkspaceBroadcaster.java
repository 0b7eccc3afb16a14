package org.rollcall.workspace.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallWrappedUp;
import org.rollcall.calls.OperatorStatusChanged;
import org.rollcall.platform.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells each operator's open screens about their calls, after the change is committed. */
@Component
class WorkspaceBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceBroadcaster.class);

    private final Map<UserId, Set<Consumer<Object>>> screens = new ConcurrentHashMap<>();

    Runnable register(UserId operator, Consumer<Object> screen) {
        screens.computeIfAbsent(operator, k -> new CopyOnWriteArraySet<>()).add(screen);
        return () -> screens.getOrDefault(operator, Set.of()).remove(screen);
    }

    @EventListener
    void on(CallOffered event) {
        AfterCommit.run(() -> send(event.operatorId(), event));
    }

    @EventListener
    void on(CallProgressed event) {
        AfterCommit.run(() -> send(event.operatorId(), event));
    }

    @EventListener
    void on(CallWrappedUp event) {
        AfterCommit.run(() -> send(event.operatorId(), event));
    }

    /** A supervisor set the operator offline: their screen says so at once. */
    @EventListener
    void on(OperatorStatusChanged event) {
        AfterCommit.run(() -> send(event.operatorId(), event));
    }

    /** Another node changed the operator's call or status ({@link OtherNodes}): the screens read it afresh. */
    void changedElsewhere(UserId operator) {
        send(operator, operator);
    }

    private void send(UserId operator, Object event) {
        if (operator != null) {
            // One screen whose push connection just broke must not fail the others, nor the committed change's caller.
            screens.getOrDefault(operator, Set.of()).forEach(screen -> {
                try {
                    screen.accept(event);
                } catch (RuntimeException e) {
                    log.warn("Could not update a screen of operator {}: {}", operator.value(), e.toString());
                }
            });
        }
    }
}
