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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells each operator's open screens about their calls, after the change is committed. */
@Component
class WorkspaceBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceBroadcaster.class);

    private final Map<UserId, Set<Consumer<Object>>> screens = new ConcurrentHashMap<>();

    Runnable register(UserId operator, Consumer<Object> screen) {
        screens.computeIfAbsent(operator, k -> new CopyOnWriteArraySet<>()).add(screen);
        return () -> screens.getOrDefault(operator, Set.of()).remove(screen);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallOffered event) {
        send(event.operatorId(), event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallProgressed event) {
        send(event.operatorId(), event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallWrappedUp event) {
        send(event.operatorId(), event);
    }

    /** A supervisor set the operator offline: their screen says so at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(OperatorStatusChanged event) {
        send(event.operatorId(), event);
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
