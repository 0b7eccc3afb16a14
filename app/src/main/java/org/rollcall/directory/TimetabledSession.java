package org.rollcall.directory;

import java.time.DayOfWeek;
import java.util.Objects;

/** One weekday session a child attends an alternative provision, such as Tuesday afternoon. */
public record TimetabledSession(DayOfWeek day, HalfDay half) implements Comparable<TimetabledSession> {

    public TimetabledSession {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(half, "half day");
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("a timetabled session is on a weekday, Monday to Friday, not " + day
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
        }
    }

    /** What screens show, e.g. "Tuesday afternoon". */
    public String label() {
        return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + half.label();
    }

    @Override
    public int compareTo(TimetabledSession other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : half.compareTo(other.half);
    }
}
