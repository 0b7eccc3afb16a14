package org.rollcall.accounts;

/** Records who saw or changed what. Entries are never updated or deleted by the application. */
public interface AuditLog {

    void record(String actor, String action, String subjectType, String subjectId, String detail);

    long count(String action, String subjectType, String subjectId);
}
