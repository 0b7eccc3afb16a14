package org.rollcall.extranet.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.rollcall.charts.Chart;
import org.rollcall.extranet.DayDashboard;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.statistics.WeekStatistics;

/** The dashboard's two charts, built from the same figures their tables show. */
final class DashboardCharts {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private DashboardCharts() {
    }

    /** Attendance % per week; a week with no possible session has no bar and says so. */
    static Chart attendanceByWeek(String authority, LocalDate from, LocalDate to, List<WeekStatistics> weeks) {
        List<Chart.Bar> bars = weeks.stream().map(w -> {
            Double percent = w.sessions().attendancePercent();
            String label = "Week of " + WEEK.format(w.weekStarting());
            return new Chart.Bar(label, percent, percent == null ? "No possible sessions"
                    : String.format(Locale.UK, "%.1f%%", percent));
        }).toList();
        return new Chart("attendance-by-week", "Attendance by week, " + authority + ", "
                + HumanDates.date(from) + " to " + HumanDates.date(to),
                "Percentage of possible sessions attended (present or approved educational activity) in each week "
                        + "of the school year so far, on a scale of 0 to 100.", "Week", "Attendance", bars, 100.0, "%");
    }

    /** Absent sessions by code (with its meaning) on the day, most first. */
    static Chart absenceReasons(DayDashboard day) {
        List<Chart.Bar> bars = day.absencesByReason().stream().map(c -> new Chart.Bar(c.label(),
                (double) c.sessions(), sessions(c.sessions()))).toList();
        return new Chart("absence-reasons", "Absence reasons, " + day.authorityName() + ", "
                + HumanDates.day(day.day()), "Absent sessions on the day by attendance code and its meaning.",
                "Reason", "Absent sessions", bars, null);
    }

    /** Absent sessions by code over the school year so far, summed from the weeks. */
    static Chart absenceReasonsThisYear(String authority, LocalDate from, LocalDate to, List<WeekStatistics> weeks,
                                        Map<String, String> meanings) {
        Map<String, Integer> byCode = new TreeMap<>();
        weeks.forEach(w -> w.sessions().missedByCode().forEach((code, n) -> byCode.merge(code, n, Integer::sum)));
        List<Chart.Bar> bars = byCode.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new Chart.Bar(e.getKey() + " – " + meanings.getOrDefault(e.getKey(), "Code " + e.getKey()),
                        (double) e.getValue(), sessions(e.getValue()))).toList();
        return new Chart("absence-reasons-year", "Absence reasons, " + authority + ", " + HumanDates.date(from)
                + " to " + HumanDates.date(to), "Absent sessions in the school year so far by attendance code and its "
                + "meaning.", "Reason", "Absent sessions", bars, null);
    }

    static String sessions(int n) {
        return n + (n == 1 ? " session" : " sessions");
    }
}
