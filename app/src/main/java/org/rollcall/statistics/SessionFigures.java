package org.rollcall.statistics;

import java.util.Map;

import org.rollcall.attendance.SessionCounts;

/**
 * Sessions over a range: {@code counts} from current marks (the possible sessions are those the calendar had the
 * child's provision open, less not-possible codes), {@code unrecorded} open sessions with no mark yet (not counted
 * as possible until marked), and absences by code ({@code "I" -> 3}) for "sessions missed by reason".
 */
public record SessionFigures(SessionCounts counts, int unrecorded, Map<String, Integer> missedByCode) {

    public SessionFigures {
        if (counts == null || unrecorded < 0) {
            throw new IllegalArgumentException("session figures need counts and a non-negative unrecorded count");
        }
        missedByCode = Map.copyOf(missedByCode);
    }

    /** Attended ÷ possible × 100 to one decimal place; null when no session was possible. */
    public Double attendancePercent() {
        return counts.attendancePercent();
    }

    public AbsenceFlag flag() {
        return AbsenceFlag.of(counts.attended(), counts.possible());
    }
}
