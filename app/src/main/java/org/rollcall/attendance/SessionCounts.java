package org.rollcall.attendance;

import org.rollcall.directory.ChildId;

/**
 * Sessions by category over a period (DOMAIN.md): present and approved activity count as attendance; possible
 * sessions are those plus authorised and unauthorised absences; not-possible (D, X, Q, Y…) and administrative codes
 * (Z, #) are no possible session.
 */
public record SessionCounts(ChildId childId, int present, int approvedActivity, int authorisedAbsent,
                            int unauthorisedAbsent, int notPossible, int administrative) {

    public SessionCounts {
        if (present < 0 || approvedActivity < 0 || authorisedAbsent < 0 || unauthorisedAbsent < 0 || notPossible < 0
                || administrative < 0) {
            throw new IllegalArgumentException("session counts cannot be negative");
        }
    }

    public int possible() {
        return present + approvedActivity + authorisedAbsent + unauthorisedAbsent;
    }

    public int attended() {
        return present + approvedActivity;
    }

    /** Attended ÷ possible × 100 to one decimal place; null when no session was possible. */
    public Double attendancePercent() {
        return possible() == 0 ? null : Math.round(attended() * 1000.0 / possible()) / 10.0;
    }
}
