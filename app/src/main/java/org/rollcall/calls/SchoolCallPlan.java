package org.rollcall.calls;

import java.time.LocalDate;
import java.util.List;

/**
 * The school calls a day has (the capacity plan's input, ADR 0045): the calls already planned for it when the
 * planner has run (today), otherwise what the planner would plan by the same rules, without writing anything.
 * Carer and social-worker calls are not included: they are queued by escalations as the day goes.
 */
public interface SchoolCallPlan {

    /** The day's first school attempts, ordered by window opening. */
    List<PlannedSchoolCall> schoolCalls(LocalDate day);
}
