package org.rollcall.calls;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads of call records. */
public interface CallLog {

    Optional<CallSummary> find(CallId id);

    List<CallSummary> onDate(LocalDate date);

    /**
     * The monitored children on the call and every session to ask for: worked out now, so a child placed or moved
     * today is right.
     *
     * @throws IllegalArgumentException for an unknown call
     */
    List<ChildToCollect> toCollect(CallId id);
}
