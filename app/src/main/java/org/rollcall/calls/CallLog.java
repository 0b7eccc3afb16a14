package org.rollcall.calls;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rollcall.accounts.UserId;

/** Reads of call records. */
public interface CallLog {

    Optional<CallSummary> find(CallId id);

    List<CallSummary> onDate(LocalDate date);

    /** The calls on a day to these provisions only (one authority's schools), in one query, in the same order. */
    List<CallSummary> onDate(LocalDate date, java.util.Collection<org.rollcall.directory.ProvisionId> provisions);

    /** The calls one operator was offered on a day, in the order they were offered. */
    List<CallSummary> byOperator(UserId operator, LocalDate date);

    /**
     * The monitored children on the call and every session to ask for: worked out now, so a child placed or moved
     * today is right.
     *
     * @throws IllegalArgumentException for an unknown call
     */
    List<ChildToCollect> toCollect(CallId id);

    /** The same for a call already read (a screen pop has it): its provision, day and purpose never change. */
    List<ChildToCollect> toCollect(CallSummary call);
}
