package org.rollcall.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import org.rollcall.attendance.AttendanceReports;
import org.rollcall.attendance.WeekMarks;
import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.OnRollPlacement;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.DateRange;
import org.rollcall.statistics.GroupStatistics;
import org.rollcall.statistics.Grouping;
import org.rollcall.statistics.SessionCell;
import org.rollcall.statistics.WeekStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads placements, current marks and the calendar of the schools involved once per call (three to five queries,
 * whatever the number of children or days), then counts in memory with {@link StatisticsCalculator}.
 */
@Service
@Transactional(readOnly = true)
class JdbcAttendanceStatistics implements AttendanceStatistics {

    private final Directory directory;
    private final AttendanceReports marks;
    private final SchoolCalendar calendar;
    private final StatisticsProperties properties;
    private final Clock clock;

    JdbcAttendanceStatistics(Directory directory, AttendanceReports marks, SchoolCalendar calendar,
                             StatisticsProperties properties, Clock clock) {
        this.directory = directory;
        this.marks = marks;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public LocalDate earliestDay(LocalDate today) {
        return today.minusYears(properties.historyYears());
    }

    @Override
    public DateRange schoolYearToDate(LocalDate today) {
        int year = today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
        return DateRange.of(LocalDate.of(year, Month.SEPTEMBER, 1), today);
    }

    @Override
    public ChildStatistics child(ChildId child, DateRange range) {
        return forChild(child, range).children().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the child was not on roll at a school between "
                        + HumanDates.date(range.from()) + " and " + HumanDates.date(range.to())));
    }

    @Override
    public List<ChildStatistics> children(AuthorityId authority, DateRange range) {
        return forAuthority(authority, range).children();
    }

    @Override
    public List<GroupStatistics> groups(AuthorityId authority, DateRange range, Grouping grouping) {
        return forAuthority(authority, range).groups(grouping);
    }

    @Override
    public List<WeekStatistics> weekly(AuthorityId authority, DateRange range) {
        return forAuthority(authority, range).weekly();
    }

    @Override
    public List<SessionCell> calendar(ChildId child, DateRange range) {
        return forChild(child, range).calendar(child);
    }

    private StatisticsCalculator forAuthority(AuthorityId authority, DateRange range) {
        check(range);
        return calculator(directory.onRollPlacements(authority, range.from(), range.to()),
                marks.weekMarks(authority, range.from(), range.to()), range);
    }

    private StatisticsCalculator forChild(ChildId child, DateRange range) {
        check(range);
        return calculator(directory.onRollPlacements(child, range.from(), range.to()),
                marks.weekMarks(child, range.from(), range.to()), range);
    }

    private StatisticsCalculator calculator(List<OnRollPlacement> placements,
                                            List<WeekMarks> weekMarks,
                                            DateRange range) {
        var snapshot = calendar.snapshot(placements.stream().map(OnRollPlacement::school).distinct().toList(),
                range.from(), range.to());
        return new StatisticsCalculator(placements, weekMarks, snapshot::open, range, LocalDate.now(clock));
    }

    /** Refuses a range starting before the history kept, saying how far back one may look. */
    void check(DateRange range) {
        LocalDate earliest = earliestDay(LocalDate.now(clock));
        if (range.from().isBefore(earliest)) {
            throw new IllegalArgumentException("Statistics go back " + properties.historyYears() + " years: "
                    + "choose a first day on or after " + HumanDates.date(earliest) + " (not "
                    + HumanDates.date(range.from()) + ")");
        }
    }
}
