package org.rollcall.reports.internal;

import java.util.ArrayList;
import java.util.List;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.DateRange;
import org.rollcall.statistics.SessionFigures;
import org.springframework.stereotype.Component;

/** Each child's sessions over the range (a week by default), by name, with the authority's total last. */
@Component
class WeeklySummaryReport implements ReportDefinition {

    static final String TOTAL = "All children";

    private final AttendanceStatistics statistics;

    WeeklySummaryReport(AttendanceStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.WEEKLY_SUMMARY;
    }

    @Override
    public List<String> columns() {
        return List.of("Child", "UPN", "School", "Possible sessions", "Sessions attended", "Attendance %",
                "Authorised absences", "Unauthorised absences", "Not yet marked");
    }

    @Override
    public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
        List<ChildStatistics> children = statistics.children(authority.id(), range);
        List<List<Object>> rows = new ArrayList<>();
        for (ChildStatistics c : children.subList(0, Math.min(children.size(), limit + 1))) {
            List<Object> row = Figures.childRow(c);
            row.add(c.sessions().unrecorded());
            rows.add(row);
        }
        List<SessionFigures> all = children.stream().map(ChildStatistics::sessions).toList();
        List<Object> total = new ArrayList<>(java.util.Arrays.asList(TOTAL, null,
                null));
        total.addAll(Figures.cells(Figures.sum(all)));
        total.add(all.stream().mapToInt(SessionFigures::unrecorded).sum());
        rows.add(total);
        return rows;
    }
}
