package org.rollcall.statistics.internal;

import java.util.HashMap;
import java.util.Map;

import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.SessionCounts;
import org.rollcall.directory.ChildId;
import org.rollcall.statistics.SessionFigures;

/** Sessions being counted: mutable while one calculation runs, then turned into {@link SessionFigures}. */
final class Tally {

    private final int[] byCategory = new int[CodeCategory.values().length];
    private final Map<String, Integer> missedByCode = new HashMap<>();
    private int unrecorded;

    /** A marked session the child could have attended (placed, school open); not-possible codes count apart. */
    void marked(String code, CodeCategory category, int sessions) {
        byCategory[category.ordinal()] += sessions;
        if (category.isAbsence()) {
            missedByCode.merge(code, sessions, Integer::sum);
        }
    }

    void unrecorded(int sessions) {
        unrecorded += sessions;
    }

    void add(Tally other) {
        for (int i = 0; i < byCategory.length; i++) {
            byCategory[i] += other.byCategory[i];
        }
        other.missedByCode.forEach((code, n) -> missedByCode.merge(code, n, Integer::sum));
        unrecorded += other.unrecorded;
    }

    SessionFigures figures(ChildId child) {
        return new SessionFigures(new SessionCounts(child, count(CodeCategory.PRESENT),
                count(CodeCategory.APPROVED_ACTIVITY), count(CodeCategory.AUTHORISED_ABSENCE),
                count(CodeCategory.UNAUTHORISED_ABSENCE), count(CodeCategory.NOT_POSSIBLE),
                count(CodeCategory.ADMINISTRATIVE)), unrecorded, missedByCode);
    }

    private int count(CodeCategory category) {
        return byCategory[category.ordinal()];
    }
}
