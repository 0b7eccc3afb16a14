package org.rollcall.attainment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;

/** Attainment results: which authorities collect them, recording them on a call, and reading them back. */
public interface Results {

    /** Whether the authority buys attainment collection; off until an admin switches it on. */
    boolean collectsAttainment(AuthorityId authority);

    /** Those of these authorities that collect attainment, in one query (a screen pop asks for its school's few). */
    Set<AuthorityId> collectingAttainment(Collection<AuthorityId> authorities);

    /**
     * Switches collection on or off for the authority, audited as {@code by} (the admin API's caller, or the demo).
     *
     * @throws IllegalArgumentException for an unknown authority
     */
    void setCollectsAttainment(AuthorityId authority, boolean collects, String by);

    /**
     * Records the typed values, all or nothing, stamped with the caller, the clock and the call, and audited.
     *
     * @throws ResultsRefusedException naming each refused field and what it accepts; nothing is then recorded
     */
    List<RecordedResult> record(RecordResults results);

    /** The child's results, newest first; an authority user only sees their own authority's children. */
    List<RecordedResult> forChild(ChildId child);

    /**
     * The authority's results recorded in [{@code from}, {@code to}), oldest first, for services that have already
     * checked the caller may see the authority (the authority's "changes today").
     */
    List<RecordedResult> recordedBetween(AuthorityId authority, Instant from, Instant to);

    /** A page of {@link #recordedBetween} for API v1, read by a caller of that authority (audited). */
    List<RecordedResult> page(AuthorityId authority, Instant from, Instant to, long offset, int limit);

    long count(AuthorityId authority, Instant from, Instant to);
}
