package org.rollcall.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.DateRange;
import org.rollcall.statistics.GroupStatistics;
import org.rollcall.statistics.Grouping;
import org.springframework.stereotype.Component;

/** The authority's children grouped (by cohort, or in and out of borough), the authority's total last. */
abstract class GroupReport implements ReportDefinition {

    private final AttendanceStatistics statistics;
    private final ReportKind kind;
    private final Grouping grouping;

    GroupReport(AttendanceStatistics statistics, ReportKind kind, Grouping grouping) {
        this.statistics = statistics;
        this.kind = kind;
        this.grouping = grouping;
    }

    @Override
    public ReportKind kind() {
        return kind;
    }

    @Override
    public List<String> columns() {
        return List.of(grouping.label(), "Children", "Possible sessions", "Sessions attended", "Attendance %",
                "Authorised absences", "Unauthorised absences", "Persistently absent", "Severely absent");
    }

    @Override
    public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
        List<GroupStatistics> groups = statistics.groups(authority.id(), range, grouping);
        List<List<Object>> rows = new ArrayList<>();
        for (GroupStatistics g : groups) {
            rows.add(row(g.label(), g.children(), Figures.cells(g.sessions().counts()), g.persistentlyAbsent(),
                    g.severelyAbsent()));
        }
        rows.add(row("All children", groups.stream().mapToInt(GroupStatistics::children).sum(),
                Figures.cells(Figures.sum(groups.stream().map(GroupStatistics::sessions).toList())),
                groups.stream().mapToInt(GroupStatistics::persistentlyAbsent).sum(),
                groups.stream().mapToInt(GroupStatistics::severelyAbsent).sum()));
        return rows;
    }

    private static List<Object> row(String label, int children, List<Object> figures, int persistent, int severe) {
        List<Object> row = new ArrayList<>(Arrays.asList(label, children));
        row.addAll(figures);
        row.add(persistent);
        row.add(severe);
        return row;
    }

    @Component
    static class Cohorts extends GroupReport {
        Cohorts(AttendanceStatistics statistics) {
            super(statistics, ReportKind.COHORTS, Grouping.COHORT);
        }
    }

    @Component
    static class Borough extends GroupReport {
        Borough(AttendanceStatistics statistics) {
            super(statistics, ReportKind.BOROUGH, Grouping.BOROUGH);
        }
    }
}
