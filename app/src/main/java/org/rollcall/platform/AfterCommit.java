package org.rollcall.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a screen push once the current transaction has committed (at once when there is none), like an after-commit
 * {@code @TransactionalEventListener} with fallback execution, but outside Spring Modulith's event publication
 * registry: the registry records a publication for every such listener and completes it in a second transaction
 * while the committing connection is still held, which ran the pool dry with 450 operators (ADR 0048). Only for
 * listeners that push to screens, and the demo's robot operators, which only schedule their next step; state
 * changes in another module stay {@code @ApplicationModuleListener}s.
 */
public final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    public static void run(Runnable push) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            push.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            // After completion, not afterCommit: a failing push is logged and never fails the committed caller.
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    try {
                        push.run();
                    } catch (RuntimeException e) {
                        log.warn("A screen could not be told of a committed change: {}", e.toString());
                    }
                }
            }
        });
    }
}
