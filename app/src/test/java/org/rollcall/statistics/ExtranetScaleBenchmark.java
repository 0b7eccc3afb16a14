package org.rollcall.statistics;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.extranet.DashboardQueries;
import org.rollcall.support.BenchmarkApplication;
import org.rollcall.support.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: three school years of marks at the seed's scale ({@link HistoryData}) on the real stack (embedded
 * PostgreSQL), then p50/p95/p99 of what a 300-child authority's extranet asks for: the dashboard's statistics
 * (the day's figures and lists; attendance and absence reasons by week over the school year), the statistics by
 * group, its children's figures, and one child's statistics and calendar.
 * The baseline in the same run is the bare index read of the authority's marks for the year. Never fails on timing;
 * target p95 under 200 ms.
 * {@code ./mvnw -B -pl app -am -Pextranet-scale -DskipTests verify}
 */
public final class ExtranetScaleBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2027, 7, 14);
    private static final int WARM_UP = 5;
    private static final int RUNS = 60;

    private ExtranetScaleBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        try (BenchmarkApplication app = BenchmarkApplication.start("extranet-scale", TODAY + "T16:00",
                "--rollcall.calls.plan-interval=24h", "--rollcall.calls.dialler-interval=1h")) {
            JdbcClient jdbc = app.bean(JdbcClient.class);
            long started = System.nanoTime();
            HistoryData.directory(jdbc);
            long marks = HistoryData.marks(app.bean(DataSource.class), List.of(
                    new HistoryData.Range(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)),
                    new HistoryData.Range(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)),
                    new HistoryData.Range(LocalDate.of(2026, 9, 1), TODAY)));
            jdbc.sql("VACUUM ANALYZE").update();
            System.out.printf("Generated %,d children, %,d marks in %.0f s%n%n", HistoryData.CHILDREN, marks,
                    seconds(started));
            measure(jdbc, app.bean(AttendanceStatistics.class), signedIn(app, jdbc));
            parts(jdbc, app);
        }
    }

    /** The dashboard reads the caller's authority: sign in as its Virtual School head. */
    private static DashboardQueries signedIn(BenchmarkApplication app, JdbcClient jdbc) {
        app.bean(Accounts.class).createUser("scale-head", "Virtual School head", "scale-benchmark-password",
                Role.AUTHORITY, firstAuthority(jdbc));
        SignIn.as(app.bean(UserDetailsService.class), app.bean(SecurityContextHolderStrategy.class), "scale-head");
        return app.bean(DashboardQueries.class);
    }

    private static AuthorityId firstAuthority(JdbcClient jdbc) {
        return new AuthorityId(jdbc.sql("SELECT id FROM authority ORDER BY la_code LIMIT 1").query(UUID.class)
                .single());
    }

    private static void measure(JdbcClient jdbc, AttendanceStatistics statistics, DashboardQueries dashboard) {
        AuthorityId authority = firstAuthority(jdbc);
        List<ChildId> children = jdbc.sql("SELECT id FROM child WHERE authority_id = ? ORDER BY last_name")
                .param(authority.value()).query(UUID.class).list().stream().map(ChildId::new).toList();
        DateRange year = statistics.schoolYearToDate(TODAY);
        DateRange month = DateRange.of(TODAY.withDayOfMonth(1), TODAY);
        long authorityMarks = jdbc.sql("SELECT count(*) FROM mark WHERE authority_id = ? AND superseded_at IS NULL")
                .param(authority.value()).query(Long.class).single();
        System.out.printf("Authority of %d children, %,d marks over three years; school year to date %s to %s%n%n",
                children.size(), authorityMarks, year.from(), year.to());
        System.out.printf("%-60s %8s %8s %8s %8s%n", "query (" + RUNS + " runs)", "p50 ms", "p95 ms", "p99 ms",
                "p95/base");
        int[] next = {0};
        Timings baseline = time(() -> bareRead(jdbc, authority, year));
        print("baseline: bare read of the authority's year of marks", baseline, baseline);
        print("dashboard: the day's figures and lists", time(() -> dashboard.day(TODAY)), baseline);
        print("dashboard: attendance and absence reasons by week, year", time(() -> dashboard.year(TODAY)), baseline);
        print("statistics: attendance by week, school year", time(() -> statistics.weekly(authority, year)), baseline);
        for (Grouping grouping : Grouping.values()) {
            print("statistics by " + grouping.label().toLowerCase() + ", school year",
                    time(() -> statistics.groups(authority, year, grouping)), baseline);
        }
        print("every child's figures, school year", time(() -> statistics.children(authority, year)), baseline);
        print("one child's figures, school year", time(() -> statistics.child(
                children.get(next[0]++ % children.size()), year)), baseline);
        print("one child's calendar, this month", time(() -> statistics.calendar(
                children.get(next[0]++ % children.size()), month)), baseline);
    }

    /** Where a whole-year statistics call spends its time: the reads it makes, each alone. */
    private static void parts(JdbcClient jdbc, BenchmarkApplication app) {
        AuthorityId authority = firstAuthority(jdbc);
        DateRange year = app.bean(AttendanceStatistics.class).schoolYearToDate(TODAY);
        var marks = app.bean(org.rollcall.attendance.AttendanceReports.class);
        var directory = app.bean(org.rollcall.directory.Directory.class);
        System.out.println();
        print("part: the authority's placements", time(() -> directory.onRollPlacements(authority, year.from(),
                year.to())), null);
        print("part: the authority's marks for the year", time(() -> marks.weekMarks(authority, year.from(),
                year.to())), null);
        print("part: the same weeks of marks, counted in the database", time(() -> jdbc.sql("""
                SELECT count(*), sum(sessions) FROM mark_week WHERE authority_id = ? AND monday BETWEEN ? AND ?""")
                .params(authority.value(), year.from().minusDays(6), year.to()).query((rs, n) -> rs.getLong(2))
                .single()), null);
        var schools = directory.onRollPlacements(authority, year.from(), year.to()).stream()
                .map(org.rollcall.directory.OnRollPlacement::school).distinct().toList();
        var calendar = app.bean(org.rollcall.calendar.SchoolCalendar.class);
        print("part: the calendar of the authority's " + schools.size() + " schools", time(() -> calendar.snapshot(
                schools, year.from(), year.to())), null);
    }

    /** What any statistics query must at least do: read the authority's current marks for the range. */
    private static Object bareRead(JdbcClient jdbc, AuthorityId authority, DateRange range) {
        return jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE code IN ('/', '\\', 'L')) FROM mark
                WHERE authority_id = ? AND on_date BETWEEN ? AND ? AND superseded_at IS NULL""")
                .params(authority.value(), range.from(), range.to()).query((rs, n) -> rs.getLong(1)).single();
    }

    private record Timings(double p50, double p95, double p99) {
    }

    private static Timings time(Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        return new Timings(percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void print(String what, Timings t, Timings baseline) {
        System.out.printf("%-60s %8.1f %8.1f %8.1f %8s%n", what, t.p50, t.p95, t.p99,
                baseline == null ? "" : String.format("%.1f", t.p95 / baseline.p95));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
