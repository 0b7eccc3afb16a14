package org.rollcall.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.rollcall.directory.ChildId;

/**
 * A child's current marks with one code in one Monday-to-Sunday week, the sessions as bits ({@link #bit}): what
 * statistics count, in about a fifth of the rows of the marks themselves (a child's week is mostly two codes, the
 * morning's and the afternoon's present).
 */
public record WeekMarks(ChildId child, LocalDate monday, String code, CodeCategory category, String description,
                        int sessions) {

    /** Seven days, two sessions each. */
    public static final int WEEK = (1 << 14) - 1;

    public WeekMarks {
        if (child == null || monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY || code == null
                || category == null || sessions <= 0 || (sessions & ~WEEK) != 0) {
            throw new IllegalArgumentException("week marks need a child, a Monday, a code and at least one session "
                    + "of that week (was " + child + ", " + monday + ", " + code + ", " + sessions + ")");
        }
    }

    /** The session's bit in a week's mask: 2 × (day of week − 1), plus one for the afternoon. */
    public static int bit(LocalDate day, Session session) {
        return 1 << ((day.getDayOfWeek().getValue() - 1) * 2 + session.ordinal());
    }

    public boolean has(LocalDate day, Session session) {
        return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1)) && (sessions & bit(day, session)) != 0;
    }
}
