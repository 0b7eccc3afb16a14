package org.rollcall.administration.internal;

import java.util.function.Supplier;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;

/** Runs one admin change and records it with what the subject was before and after, by the signed-in admin. */
final class Audited {

    private final AuditLog audit;
    private final Accounts accounts;

    Audited(AuditLog audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    String actor() {
        return accounts.caller().name();
    }

    /** Call inside the caller's transaction: the entry commits or rolls back with the change. */
    void change(String action, String subjectType, String subjectId, Supplier<String> describe, Runnable change) {
        String before = describe.get();
        change.run();
        String after = describe.get();
        record(action, subjectType, subjectId, before, after);
    }

    void record(String action, String subjectType, String subjectId, String before, String after) {
        audit.record(actor(), action, subjectType, subjectId, "before: " + before + " | after: " + after);
    }
}
