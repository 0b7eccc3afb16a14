package org.rollcall.calls.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.directory.Monitoring;
import org.rollcall.support.BenchmarkApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: builds a national day plan for 90,000 children at 25,000 provisions of 150 authorities (each with
 * its term dates; bank holidays; INSET days; weekly, daily and twice-daily cohorts; some narrowed service scopes)
 * on the real stack (embedded PostgreSQL), and prints the time to plan each of ten school days, with the bare read
 * of the day's placements as the baseline in the same run. Never fails on timing. Target: under 2 s a day.
 * {@code ./mvnw -B -pl app -am -Pplan-benchmark -DskipTests verify}
 */
public final class NationalDayPlanBenchmark {

    private static final int AUTHORITIES = 150;
    private static final int PROVISIONS = 25_000;
    private static final int CHILDREN = 90_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 1);

    private NationalDayPlanBenchmark() {
    }

    public static void main(String[] args) {
        try (BenchmarkApplication app = BenchmarkApplication.start("day-plan-benchmark", "2027-02-26T06:00",
                "--rollcall.calls.plan-interval=24h", "--rollcall.calls.dialler-interval=1h",
                "--logging.level.org.rollcall.calls.internal.CallPlanner=warn")) {
            JdbcClient jdbc = app.bean(JdbcClient.class);
            long started = System.nanoTime();
            BenchmarkData.generate(jdbc, AUTHORITIES, PROVISIONS, CHILDREN);
            System.out.printf("Generated %,d authorities (with term dates), %,d provisions, %,d children in %.1f s%n",
                    AUTHORITIES, PROVISIONS, CHILDREN, seconds(started));
            run(app.bean(CallPlanner.class), app.bean(Monitoring.class), app.bean(SchoolCalendar.class), jdbc);
        }
    }

    private static void run(CallPlanner planner, Monitoring monitoring, SchoolCalendar calendar, JdbcClient jdbc) {
        List<Double> plans = new ArrayList<>();
        List<Double> replans = new ArrayList<>();
        List<Double> baselines = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        List<Double> snapshots = new ArrayList<>();
        for (LocalDate day = FIRST_DAY; plans.size() < 10; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            LocalDate d = day;
            baselines.add(time(() -> bareRead(jdbc, d)));
            reads.add(time(() -> monitoring.provisionsToCall(d).size()));
            snapshots.add(time(() -> calendar.snapshot(d.minusDays(DayPlanRules.LOOK_BACK_DAYS), d)));
            int[] added = new int[1];
            plans.add(time(() -> added[0] = planner.plan(d)));
            replans.add(time(() -> planner.plan(d)));
            long total = jdbc.sql("SELECT count(*) FROM call WHERE call_date = ?").param(d).query(Long.class).single();
            System.out.printf("%s %-9s plan %6.0f ms (%,6d calls added, %,6d in the plan), again %5.0f ms%n", d,
                    d.getDayOfWeek(), plans.getLast() * 1000, added[0], total, replans.getLast() * 1000);
        }
        double plan = median(plans);
        double baseline = median(baselines);
        System.out.println();
        System.out.printf("National day plan, median of %d school days: %.0f ms (target under 2,000 ms)%n",
                plans.size(), plan * 1000);
        System.out.printf("  of which: who is monitored %.0f ms, calendar snapshot %.0f ms; planning again "
                + "(idempotent top-up) %.0f ms%n", median(reads) * 1000, median(snapshots) * 1000,
                median(replans) * 1000);
        System.out.printf("Baseline, the bare read of the day's %,d placements: %.0f ms; plan / baseline = %.1f%n",
                CHILDREN, baseline * 1000, plan / baseline);
    }

    /** What any planner must at least do: read every placement that is open on the day. */
    private static Object bareRead(JdbcClient jdbc, LocalDate day) {
        AtomicLong rows = new AtomicLong();
        jdbc.sql("""
                        SELECT p.provision_id, c.authority_id, c.cohort, c.year_group, c.in_borough FROM placement p
                        JOIN child c ON c.id = p.child_id
                        WHERE p.starts_on <= ? AND (p.ends_on IS NULL OR p.ends_on >= ?)""")
                .params(day, day).query(rs -> {
                    rows.incrementAndGet();
                });
        return rows.get();
    }

    private static double time(Supplier<Object> work) {
        long started = System.nanoTime();
        work.get();
        return seconds(started);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
