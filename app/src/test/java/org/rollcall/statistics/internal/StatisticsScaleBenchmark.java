package org.rollcall.statistics.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.rollcall.RollcallApplication;
import org.rollcall.directory.AuthorityId;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.DateRange;
import org.rollcall.statistics.Grouping;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: several authorities of 300 children at 30 schools each, three school years of marks for every child
 * (both sessions of every weekday; about 8% absences), on the real stack; then prints the time of a school year's
 * children, groups and weeks for one authority, and the marks query's plan. Never fails on timing. Target: well
 * under a second a call.
 * Run it with main's benchmark launcher: {@code ./mvnw -B -pl app -am -Pextranet-scale
 * -Dbenchmark.class=org.rollcall.statistics.internal.StatisticsScaleBenchmark -DskipTests verify} (three
 * authorities; the lead's {@code ExtranetScaleBenchmark} times the same calls on the seed-scale history).
 */
public final class StatisticsScaleBenchmark {

    private static final int CHILDREN = 300;
    private static final int SCHOOLS = 30;
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 20);
    private static final java.sql.Timestamp AT = java.sql.Timestamp.from(Instant.parse("2026-07-20T11:00:00Z"));

    private StatisticsScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int authorities = Integer.getInteger("authorities", 3);
        Path data = Files.createTempDirectory("statistics-benchmark");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RollcallApplication.class).run(
                "--rollcall.platform.data-directory=" + data, "--rollcall.platform.embedded-database-port=0",
                "--rollcall.platform.embedded-database-fsync=false",
                "--rollcall.platform.clock-start=" + TODAY + "T12:00", "--rollcall.calls.plan-interval=24h",
                "--rollcall.calls.dialler-interval=1h", "--server.port=0", "--management.server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--rollcall.directory.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long started = System.nanoTime();
            List<UUID> ids = generate(jdbc, authorities);
            long marks = jdbc.sql("SELECT count(*) FROM mark").query(Long.class).single();
            System.out.printf("Generated %d authorities of %d children, %,d marks in %.1f s%n", authorities,
                    CHILDREN, marks, (System.nanoTime() - started) / 1e9);
            run(app.getBean(AttendanceStatistics.class), jdbc, new AuthorityId(ids.getFirst()));
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<UUID> generate(JdbcClient jdbc, int authorities) {
        List<UUID> ids = new ArrayList<>();
        for (int a = 0; a < authorities; a++) {
            UUID authority = UUID.randomUUID();
            ids.add(authority);
            jdbc.sql("INSERT INTO authority (id, name, nation, la_code, created_at) VALUES (?, ?, 'ENGLAND', ?, ?)")
                    .params(authority, "Bench " + a, String.valueOf(700 + a), AT).update();
            jdbc.sql("""
                    INSERT INTO provision (id, name, type, nation, phone, contact_name, frequency, local_authority_id)
                    SELECT gen_random_uuid(), 'Bench school ' || ? || '-' || s, 'MAINSTREAM', 'ENGLAND',
                           '+441632960000', 'Head', 'DAILY', ? FROM generate_series(1, ?) s""")
                    .params(a, authority, SCHOOLS).update();
            jdbc.sql("""
                    INSERT INTO child (id, authority_id, first_name, last_name, date_of_birth, year_group, cohort,
                                       in_borough, sen_status)
                    SELECT gen_random_uuid(), ?, 'Child', 'Number ' || c, DATE '2014-01-01', 6,
                           (ARRAY['LAC', 'CME', 'YOT'])[1 + c % 3], c % 4 <> 0, 'NONE'
                    FROM generate_series(1, ?) c""").params(authority, CHILDREN).update();
            jdbc.sql("""
                    INSERT INTO placement (id, child_id, provision_id, kind, starts_on)
                    SELECT gen_random_uuid(), c.id, p.id, 'ON_ROLL', ?
                    FROM (SELECT id, row_number() OVER (ORDER BY id) % ? AS n FROM child WHERE authority_id = ?) c
                    JOIN (SELECT id, row_number() OVER (ORDER BY id) % ? AS n FROM provision
                          WHERE local_authority_id = ?) p ON p.n = c.n""")
                    .params(TODAY.minusYears(3), SCHOOLS, authority, SCHOOLS, authority).update();
            jdbc.sql("""
                    INSERT INTO mark (id, child_id, authority_id, provision_id, on_date, session, code_set_id, code,
                                      recorded_by, recorded_at)
                    SELECT gen_random_uuid(), c.id, c.authority_id, p.provision_id, d::date, s.session,
                           'ENGLAND-2024', CASE WHEN random() < 0.92 THEN s.present
                                                WHEN random() < 0.6 THEN 'I' ELSE 'O' END, 'bench', ?
                    FROM child c JOIN placement p ON p.child_id = c.id
                    CROSS JOIN generate_series(?::date, ?::date, interval '1 day') d
                    CROSS JOIN (VALUES ('AM', '/'), ('PM', '\\')) s(session, present)
                    WHERE c.authority_id = ? AND extract(isodow FROM d) < 6""")
                    .params(AT, TODAY.minusYears(3),
                            TODAY.minusDays(1), authority).update();
        }
        jdbc.sql("VACUUM ANALYZE mark").update();
        return ids;
    }

    private static void run(AttendanceStatistics statistics, JdbcClient jdbc, AuthorityId authority) {
        DateRange year = statistics.schoolYearToDate(TODAY);
        for (int round = 0; round < 2; round++) {
            List<Double> children = new ArrayList<>();
            List<Double> groups = new ArrayList<>();
            List<Double> weeks = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                children.add(time(() -> statistics.children(authority, year).size()));
                groups.add(time(() -> statistics.groups(authority, year, Grouping.SCHOOL).size()));
                weeks.add(time(() -> statistics.weekly(authority, year).size()));
            }
            System.out.printf("%s, school year %s to %s: children %s ms, groups by school %s ms, weekly %s ms%n",
                    round == 0 ? "First five" : "Next five", year.from(), year.to(), children, groups, weeks);
        }
        System.out.println("Plan of the marks query:");
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) SELECT m.child_id, m.on_date, m.session, m.code, c.category, "
                        + "c.description FROM mark m JOIN attendance_code c ON c.code_set_id = m.code_set_id "
                        + "AND c.code = m.code WHERE m.superseded_at IS NULL AND m.on_date BETWEEN ? AND ? "
                        + "AND m.authority_id = ?")
                .params(year.from(), year.to(), authority.value()).query(String.class).list()
                .forEach(line -> System.out.println("  " + line));
    }

    private static double time(Supplier<Integer> work) {
        long started = System.nanoTime();
        work.get();
        return Math.round((System.nanoTime() - started) / 1e5) / 10.0;
    }
}
