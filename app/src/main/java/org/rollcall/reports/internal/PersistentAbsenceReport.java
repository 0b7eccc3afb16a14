package org.rollcall.reports.internal;

import java.util.Comparator;
import java.util.List;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.AbsenceFlag;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.DateRange;
import org.springframework.stereotype.Component;

/** Children below 90% (persistent) or 50% (severe) attendance over the range, the lowest first. */
@Component
class PersistentAbsenceReport implements ReportDefinition {

    private final AttendanceStatistics statistics;

    PersistentAbsenceReport(AttendanceStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.PERSISTENT_ABSENCE;
    }

    @Override
    public List<String> columns() {
        return List.of("Child", "UPN", "School", "Possible sessions", "Sessions attended", "Attendance %",
                "Authorised absences", "Unauthorised absences", "Absence");
    }

    @Override
    public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
        return statistics.children(authority.id(), range).stream()
                .filter(c -> c.sessions().flag() != AbsenceFlag.NONE)
                .sorted(Comparator.comparing((ChildStatistics c) -> c.sessions().attendancePercent())
                        .thenComparing(ChildStatistics::childName))
                .limit(limit + 1L)
                .map(c -> {
                    List<Object> row = Figures.childRow(c);
                    row.add(Figures.flag(c.sessions().flag()));
                    return row;
                }).toList();
    }
}
