package org.rollcall.platform.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Refreshes the screens of one key (an operator, an authority) off the caller's thread (a committing transaction's,
 * a node's LISTEN thread), with at most one refresh waiting per key: a screen reads its state afresh, so a change
 * heard while a refresh still waits adds nothing, and a burst of changes costs one refresh, not one each (ADR 0048).
 * Once a refresh starts, the next change queues another, so the last change is never missed.
 */
public final class ScreenRefreshes<K> {

    private final Set<K> waiting = ConcurrentHashMap.newKeySet();
    private final Executor executor;
    private final Consumer<K> refresh;

    public ScreenRefreshes(Executor executor, Consumer<K> refresh) {
        this.executor = executor;
        this.refresh = refresh;
    }

    public void request(K key) {
        if (waiting.add(key)) {
            executor.execute(() -> {
                waiting.remove(key);
                refresh.accept(key);
            });
        }
    }
}
