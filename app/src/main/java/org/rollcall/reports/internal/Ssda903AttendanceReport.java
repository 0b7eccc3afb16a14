package org.rollcall.reports.internal;

import java.util.ArrayList;
import java.util.List;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.AbsenceFlag;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.DateRange;
import org.springframework.stereotype.Component;

/**
 * Every child's sessions over the return's period, by name, for the SSDA903 return (which has no attendance fields:
 * authorities check their figures against the census this way), with the persistent (PA) or severe (SA) flag.
 */
@Component
class Ssda903AttendanceReport implements ReportDefinition {

    private final AttendanceStatistics statistics;

    Ssda903AttendanceReport(AttendanceStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.SSDA903_ATTENDANCE;
    }

    @Override
    public List<String> columns() {
        return List.of("Child", "UPN", "Possible sessions", "Sessions attended", "Attendance %",
                "Authorised absences", "Unauthorised absences", "PA/SA");
    }

    @Override
    public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
        List<ChildStatistics> children = statistics.children(authority.id(), range);
        return children.subList(0, Math.min(children.size(), limit + 1)).stream().map(c -> {
            List<Object> row = new ArrayList<>(List.of(c.childName()));
            row.add(Figures.upn(c.upn()));
            row.addAll(Figures.cells(c.sessions().counts()));
            row.add(flag(c.sessions().flag()));
            return row;
        }).toList();
    }

    static String flag(AbsenceFlag flag) {
        return switch (flag) {
            case NONE -> "";
            case PERSISTENT -> "PA";
            case SEVERE -> "SA";
        };
    }
}
