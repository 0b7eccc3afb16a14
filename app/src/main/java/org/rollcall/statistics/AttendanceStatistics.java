package org.rollcall.statistics;

import java.time.LocalDate;
import java.util.List;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;

/**
 * Attendance figures from current marks and the school calendar. Callers check who may ask for which authority or
 * child; every method refuses a range longer than the history kept with an {@link IllegalArgumentException} whose
 * message says so.
 */
public interface AttendanceStatistics {

    /**
     * The first day a range may start on when today is {@code today}: today less the history kept
     * ({@code rollcall.statistics.history-years}), for date pickers and messages.
     */
    LocalDate earliestDay(LocalDate today);

    /** 1 September of the school year {@code today} is in, to {@code today}. */
    DateRange schoolYearToDate(LocalDate today);

    ChildStatistics child(ChildId child, DateRange range);

    /** Every child of the authority Rollcall monitored in the range, ordered by name. */
    List<ChildStatistics> children(AuthorityId authority, DateRange range);

    /** The authority's children grouped, ordered by label. */
    List<GroupStatistics> groups(AuthorityId authority, DateRange range, Grouping grouping);

    /** The authority's sessions week by week (Monday to Sunday weeks touching the range), oldest first. */
    List<WeekStatistics> weekly(AuthorityId authority, DateRange range);

    /** The child's sessions day by day, AM then PM, school days and closures (weekends left out). */
    List<SessionCell> calendar(ChildId child, DateRange range);
}
