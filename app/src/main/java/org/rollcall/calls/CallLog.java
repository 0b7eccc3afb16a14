package org.rollcall.calls;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads of call records. */
public interface CallLog {

    Optional<CallSummary> find(CallId id);

    List<CallSummary> onDate(LocalDate date);
}
