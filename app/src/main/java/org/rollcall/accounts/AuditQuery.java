package org.rollcall.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * Which audit entries to read (the "who saw which child" viewer, ADR 0033): every condition given narrows the
 * result, a null one does not.
 *
 * @param subjectType with {@code subjectIds}, entries about these subjects only (e.g. {@code child})
 * @param subjectIds the subjects' ids as recorded; an empty set matches nothing
 * @param actor the user name, exactly
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(String subjectType, Set<String> subjectIds, String actor, Instant from, Instant to) {

    public AuditQuery {
        subjectIds = subjectIds == null ? null : Set.copyOf(subjectIds);
        if ((subjectType == null) != (subjectIds == null)) {
            throw new IllegalArgumentException("a subject type and its ids go together");
        }
    }
}
