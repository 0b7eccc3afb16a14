package org.rollcall.accounts;

import java.time.Duration;

/** Records who saw or changed what. Entries are never updated or deleted by the application. */
public interface AuditLog {

    void record(String actor, String action, String subjectType, String subjectId, String detail);

    long count(String action, String subjectType, String subjectId);

    /** Whether {@code actor} has an entry of {@code action} on the subject in the last {@code within}. */
    boolean recordedWithin(String actor, String action, String subjectType, String subjectId, Duration within);
}
