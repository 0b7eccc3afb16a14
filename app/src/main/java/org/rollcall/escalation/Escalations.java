package org.rollcall.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/** Reads of escalations and their timelines. Callers check who may see which authority's. */
public interface Escalations {

    Optional<Escalation> find(EscalationId id);

    Optional<Escalation> find(ChildId child, LocalDate date, Trigger trigger);

    /** One authority's escalations opened for days from {@code from} to {@code to}, newest first. */
    List<Escalation> forAuthority(AuthorityId authority, LocalDate from, LocalDate to);

    /** Every escalation that still needs someone to act, oldest first (supervisors' queue). */
    List<Escalation> open();

    /** Exclusions at the school whose letter has not been received yet, oldest first (the school's screen-pop). */
    List<Escalation> lettersOutstanding(ProvisionId school);

    /** Whether the exclusion's letter is still waited for after the set number of the school's school days. */
    boolean letterOverdue(Escalation escalation);

    /** What was done and said, oldest first. */
    List<TimelineEntry> timeline(EscalationId id);
}
