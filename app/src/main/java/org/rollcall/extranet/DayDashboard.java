package org.rollcall.extranet;

import java.time.LocalDate;
import java.util.List;

import org.rollcall.enrolment.NotOnRoll;

/**
 * One authority's school day as its dashboard shows it: each figure is the size of its list, and every list is in
 * words (no codes without their meaning, no ids on screen). {@code schoolDay} is false when none of the authority's
 * monitored children's schools was open that day (a weekend, a bank holiday, the holidays).
 *
 * @param expected monitored children whose school (or alternative provision) was open that day
 * @param reached expected children with at least one mark that day
 * @param notYetCalled expected children with no mark yet whose school's call is still to come (or was never made)
 * @param schoolNotReached expected children with no mark whose school could not be reached after every attempt
 * @param followUpsInProgress follow-ups still open, from the 30 days to the day
 * @param notOnRoll children not on any school's roll that day
 */
public record DayDashboard(String authorityName, LocalDate day, boolean today, boolean schoolDay,
                           List<ChildLine> expected, List<ChildLine> reached, List<ChildLine> notYetCalled,
                           List<ChildLine> schoolNotReached, List<AbsenceLine> absences,
                           List<Count> absencesByCategory, List<Count> absencesByReason,
                           List<FollowUpLine> exclusions, List<FollowUpLine> followUpsInProgress,
                           List<NotOnRoll> notOnRoll) {

    public DayDashboard {
        expected = List.copyOf(expected);
        reached = List.copyOf(reached);
        notYetCalled = List.copyOf(notYetCalled);
        schoolNotReached = List.copyOf(schoolNotReached);
        absences = List.copyOf(absences);
        absencesByCategory = List.copyOf(absencesByCategory);
        absencesByReason = List.copyOf(absencesByReason);
        exclusions = List.copyOf(exclusions);
        followUpsInProgress = List.copyOf(followUpsInProgress);
        notOnRoll = List.copyOf(notOnRoll);
    }

    /**
     * A child on the day: the school they are expected at, its call window in words ("09:30–10:30", "Weekly call on
     * Fridays, 13:30–14:00") and a note (the day's marks, or why the school was not reached).
     */
    public record ChildLine(String childId, String child, String upn, String school, String callWindow,
                            String note) {
    }

    /** One absent session: the code with its meaning, its category in words and the reason the school gave. */
    public record AbsenceLine(String childId, String child, String school, String session, String code,
                              String meaning, String category, String reason) {
    }

    /** Sessions counted under a label; {@code code} is the attendance code for a count by reason, else null. */
    public record Count(String code, String label, int sessions) {
    }

    /** An exclusion or another follow-up as the authority reads it; {@code letter} null when no letter is asked. */
    public record FollowUpLine(String childId, String child, String school, LocalDate date, String session,
                               String trigger, String code, String state, String letter) {
    }
}
