package org.rollcall.accounts;

import java.time.Duration;

/** Records who saw or changed what. Entries are never updated or deleted by the application. */
public interface AuditLog {

    void record(String actor, String action, String subjectType, String subjectId, String detail);

    long count(String action, String subjectType, String subjectId);

    /** Whether {@code actor} has an entry of {@code action} on the subject in the last {@code within}. */
    boolean recordedWithin(String actor, String action, String subjectType, String subjectId, Duration within);

    /**
     * Records the entry unless the same one (same actor, action, subject and detail) was recorded in the last
     * {@code within}: a list that refreshes live is audited once per viewing, not once per refresh.
     *
     * @return whether it was recorded
     */
    boolean recordUnlessRecorded(String actor, String action, String subjectType, String subjectId, String detail,
                                 Duration within);

    /** Every entry about one subject, oldest first. */
    java.util.List<AuditEntry> entriesFor(String subjectType, String subjectId);

    /** One page of the entries the query matches, newest first (paged in SQL). */
    java.util.List<AuditEntry> search(AuditQuery query, int offset, int limit);

    /** How many entries the query matches. */
    long count(AuditQuery query);
}
