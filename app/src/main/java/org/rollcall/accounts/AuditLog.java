package org.rollcall.accounts;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** Records who saw or changed what. Entries are never updated, and deleted only when their retention ends. */
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

    /**
     * {@link #recordUnlessRecorded(String, String, String, String, String, Duration)} for several subjects at once,
     * in one statement (a call's children when its screen pops).
     *
     * @return how many were recorded
     */
    int recordUnlessRecorded(String actor, String action, String subjectType, Collection<String> subjectIds,
                             String detail, Duration within);

    /** Every entry about the subject, oldest first (subject-access exports, who saw which child). */
    List<AuditEntry> entriesFor(String subjectType, String subjectId);

    /** Deletes entries older than {@code cutoff}: the audit log's own retention (privacy's daily run). */
    int deleteOlderThan(java.time.Instant cutoff);

    /** One page of the entries the query matches, newest first (paged in SQL). */
    List<AuditEntry> search(AuditQuery query, int offset, int limit);

    /** How many entries the query matches. */
    long count(AuditQuery query);
}
