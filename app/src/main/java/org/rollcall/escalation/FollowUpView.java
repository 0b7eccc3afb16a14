package org.rollcall.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An escalation as the child's authority and staff see it: words, not codes, and its timeline.
 *
 * @param state what the state means, e.g. "Social worker told"
 * @param letterOverdue an exclusion's letter still not received after rollcall.escalation.letter-overdue-school-days
 */
public record FollowUpView(String id, String childId, String child, String school, LocalDate date, String session,
                           String trigger, String code, String schoolReason, String carerReason, String state,
                           boolean open, boolean letterOverdue, int carerAttempts, Instant openedAt,
                           Instant closedAt, List<Entry> timeline) {

    /** One timeline entry, its step in words. */
    public record Entry(Instant at, String who, String step, String said) {
    }
}
