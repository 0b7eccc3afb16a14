package org.rollcall.workspace.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.rollcall.accounts.UserId;

/**
 * Refreshes an operator's screens off the caller's thread (the dialler's committing thread, the node's one LISTEN
 * thread), with at most one refresh waiting per operator: a screen reads the operator's call afresh, so a change
 * heard while a refresh still waits adds nothing, and a burst of changes costs one refresh, not one each (ADR 0048).
 * Once a refresh starts, the next change queues another, so the last change is never missed.
 */
final class ScreenRefreshes {

    private final Set<UserId> waiting = ConcurrentHashMap.newKeySet();
    private final Executor executor;
    private final Consumer<UserId> refresh;

    ScreenRefreshes(Executor executor, Consumer<UserId> refresh) {
        this.executor = executor;
        this.refresh = refresh;
    }

    void request(UserId operator) {
        if (waiting.add(operator)) {
            executor.execute(() -> {
                waiting.remove(operator);
                refresh.accept(operator);
            });
        }
    }
}
