package org.rollcall.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three school years of attendance at the seed's scale, written straight into the database: 28,000 children of 94
 * authorities (300 each, the last smaller) at 7,990 schools, one in five placed out of borough, one in seventeen
 * joining in January 2026, each marked AM and PM on every term day up to {@code today} (about 32 million marks).
 * Most children attend; one in twelve is persistently absent and one in fifty severely; absences spread over
 * illness, medical, holiday and unknown reasons; a few approved activities, lates and INSET closures ({@code #}).
 */
final class HistoryData {

    /** The seed's 28,000 unless {@code -Dbenchmark.children} asks for fewer (a quick look at one authority). */
    static final int CHILDREN = Integer.getInteger("benchmark.children", 28_000);
    static final int PER_AUTHORITY = 300;
    static final int AUTHORITIES = (CHILDREN + PER_AUTHORITY - 1) / PER_AUTHORITY;
    static final int SCHOOLS_PER_AUTHORITY = 85;

    // One mark a child, term day and session; the code drawn from a hash, so every run makes the same history.
    private static final String MARKS = """
                WITH days AS (
                       SELECT DISTINCT d::date AS on_date
                       FROM generate_series(?::date, ?::date, interval '1 day') d
                       JOIN term t ON d::date BETWEEN t.starts_on AND t.ends_on
                                  AND NOT d::date BETWEEN t.half_term_starts_on AND t.half_term_ends_on
                       WHERE extract(isodow FROM d) < 6
                         AND NOT EXISTS (SELECT 1 FROM bank_holiday b
                                         WHERE b.on_date = d::date AND b.nation = 'ENGLAND')),
                     c AS (SELECT pl.child_id, pl.provision_id, pl.starts_on, ch.authority_id, ch.last_name AS name,
                                  abs(hashtext(ch.last_name)) % 100 AS bias,
                                  EXISTS (SELECT 1 FROM closure x WHERE x.provision_id = pl.provision_id) AS closes
                           FROM placement pl JOIN child ch ON ch.id = pl.child_id),
                     s AS (SELECT c.*, d.on_date, v.session,
                                  abs(hashtext(c.name || d.on_date || v.session)) % 1000 AS r,
                                  CASE WHEN c.bias < 2 THEN 560 WHEN c.bias < 10 THEN 140 ELSE 35 END AS absent
                           FROM c JOIN days d ON d.on_date >= c.starts_on
                           CROSS JOIN (VALUES ('AM'), ('PM')) v(session))
                INSERT INTO mark (id, child_id, authority_id, provision_id, on_date, session, code_set_id, code,
                                  recorded_by, recorded_at)
                SELECT gen_random_uuid(), child_id, authority_id, provision_id, on_date, session, 'ENGLAND-2024',
                       CASE WHEN closes AND on_date IN (date '2024-11-15', date '2025-11-14', date '2026-11-13')
                                 THEN '#'
                            WHEN r < absent THEN (ARRAY ['I', 'I', 'M', 'G', 'O', 'N', 'C', 'E'])[r % 8 + 1]
                            WHEN r < absent + 8 THEN (ARRAY ['B', 'V', 'K', 'P'])[r % 4 + 1]
                            WHEN r < absent + 20 THEN 'L'
                            WHEN session = 'AM' THEN '/' ELSE '\\' END,
                       'benchmark', on_date + time '10:00'
                FROM s""";

    private HistoryData() {
    }

    static void directory(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO authority (id, name, nation, la_code, created_at)
                SELECT gen_random_uuid(), 'Authority ' || g, 'ENGLAND', lpad((201 + g)::text, 3, '0'),
                       timestamptz '2024-08-01 09:00Z'
                FROM generate_series(0, ? - 1) g""").param(AUTHORITIES).update();
        jdbc.sql("""
                INSERT INTO term (id, authority_id, name, starts_on, ends_on, half_term_starts_on, half_term_ends_on,
                                  source, loaded_by, loaded_at)
                SELECT gen_random_uuid(), a.id, t.name, t.starts_on, t.ends_on, t.hs, t.he, 'benchmark', 'benchmark',
                       timestamptz '2024-08-01 09:00Z'
                FROM authority a CROSS JOIN (VALUES
                  ('Autumn 2024', date '2024-09-03', date '2024-12-20', date '2024-10-28', date '2024-11-01'),
                  ('Spring 2025', date '2025-01-06', date '2025-04-04', date '2025-02-17', date '2025-02-21'),
                  ('Summer 2025', date '2025-04-22', date '2025-07-22', date '2025-05-26', date '2025-05-30'),
                  ('Autumn 2025', date '2025-09-03', date '2025-12-19', date '2025-10-27', date '2025-10-31'),
                  ('Spring 2026', date '2026-01-05', date '2026-03-27', date '2026-02-16', date '2026-02-20'),
                  ('Summer 2026', date '2026-04-13', date '2026-07-21', date '2026-05-25', date '2026-05-29'),
                  ('Autumn 2026', date '2026-09-02', date '2026-12-18', date '2026-10-26', date '2026-10-30'),
                  ('Spring 2027', date '2027-01-05', date '2027-03-26', date '2027-02-15', date '2027-02-19'),
                  ('Summer 2027', date '2027-04-12', date '2027-07-21', date '2027-05-31', date '2027-06-04'))
                  AS t(name, starts_on, ends_on, hs, he)""").update();
        // Authority a's schools are numbers a, a + 94, a + 188…
        jdbc.sql("""
                WITH a AS (SELECT id, row_number() OVER (ORDER BY la_code) - 1 AS n FROM authority)
                INSERT INTO provision (id, urn, name, type, nation, phone, contact_name, frequency, weekly_day,
                                       local_authority_id)
                SELECT gen_random_uuid(), lpad((300000 + g)::text, 6, '0'), 'School ' || g, 'MAINSTREAM', 'ENGLAND',
                       '+44161496' || lpad((g % 10000)::text, 4, '0'), 'Attendance officer', 'DAILY', 1, a.id
                FROM generate_series(0, ? * ? - 1) g JOIN a ON a.n = g % ?""")
                .params(AUTHORITIES, SCHOOLS_PER_AUTHORITY, AUTHORITIES).update();
        jdbc.sql("""
                INSERT INTO call_window (id, provision_id, opens_at, closes_at, part)
                SELECT gen_random_uuid(), id, time '09:30' + (urn::int % 8) * interval '15 minutes',
                       time '10:30' + (urn::int % 8) * interval '15 minutes', 'MORNING'
                FROM provision""").update();
        jdbc.sql("""
                WITH a AS (SELECT id, row_number() OVER (ORDER BY la_code) - 1 AS n FROM authority)
                INSERT INTO child (id, authority_id, first_name, last_name, date_of_birth, year_group, cohort,
                                   in_borough, sen_status)
                SELECT gen_random_uuid(), a.id, 'Child', 'Number ' || g, date '2014-03-01' + (g % 3000),
                       g % 12 + 1, CASE WHEN g % 10 = 1 THEN 'POST_16' WHEN g % 20 = 5 THEN 'YOT' ELSE 'LAC' END,
                       g % 5 <> 0, CASE WHEN g % 7 = 0 THEN 'SEN_SUPPORT' ELSE 'NONE' END
                FROM generate_series(0, ? - 1) g JOIN a ON a.n = g / ?""").params(CHILDREN, PER_AUTHORITY).update();
        // In borough at one of the authority's own schools; out of borough at the next authority's.
        jdbc.sql("""
                WITH c AS (SELECT c.id, substring(c.last_name from 8)::int AS g, c.in_borough FROM child c),
                     p AS (SELECT id, substring(name from 8)::int AS n FROM provision)
                INSERT INTO placement (id, child_id, provision_id, kind, starts_on)
                SELECT gen_random_uuid(), c.id, p.id, 'ON_ROLL',
                       CASE WHEN c.g % 17 = 0 THEN date '2026-01-05' ELSE date '2024-09-03' END
                FROM c JOIN p ON p.n = ((c.g / ? + CASE WHEN c.in_borough THEN 0 ELSE 1 END) % ?)
                                       + ? * (c.g % ?)""")
                .params(PER_AUTHORITY, AUTHORITIES, AUTHORITIES, SCHOOLS_PER_AUTHORITY).update();
        // One INSET day a year at one school in ten.
        jdbc.sql("""
                INSERT INTO closure (id, provision_id, first_day, last_day, sessions, reason, recorded_by, recorded_at)
                SELECT gen_random_uuid(), p.id, d.day, d.day, 'BOTH', 'INSET_DAY', 'benchmark',
                       timestamptz '2024-08-01 09:00Z'
                FROM provision p CROSS JOIN (VALUES (date '2024-11-15'), (date '2025-11-14'), (date '2026-11-13')) d(day)
                WHERE p.urn::int % 10 = 3""").update();
    }

    /**
     * Marks for every term day from {@code from} to {@code to}; returns how many. On one connection with foreign-key
     * triggers off (the rows are made from the tables they point to) and the mark indexes dropped and rebuilt after,
     * as a bulk load would: row by row checks made it ten times slower.
     */
    static long marks(DataSource dataSource, List<Range> years) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("""
                    SELECT indexname, indexdef FROM pg_indexes
                    WHERE tablename = 'mark' AND indexname <> 'mark_pkey'""")) {
                while (rs.next()) {
                    indexes.add(rs.getString(2));
                    indexes.add(0, "DROP INDEX " + rs.getString(1));
                }
            }
            int drops = indexes.size() / 2;
            for (String drop : indexes.subList(0, drops)) {
                statement.execute(drop);
            }
            statement.execute("SET session_replication_role = replica");
            long total = 0;
            try (PreparedStatement insert = connection.prepareStatement(MARKS)) {
                for (Range year : years) {
                    long started = System.nanoTime();
                    insert.setObject(1, year.from());
                    insert.setObject(2, year.to());
                    int added = insert.executeUpdate();
                    total += added;
                    System.out.printf("  %s to %s: %,d marks in %.0f s%n", year.from(), year.to(), added,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            statement.execute("SET session_replication_role = origin");
            long started = System.nanoTime();
            for (String create : indexes.subList(drops, indexes.size())) {
                statement.execute(create);
            }
            System.out.printf("  %d mark indexes rebuilt in %.0f s%n", drops, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            // What attendance keeps with every mark it writes (V72), folded here in one go as V72 does.
            int weeks = statement.executeUpdate("""
                    INSERT INTO mark_week (child_id, monday, authority_id, code_set_id, code, sessions)
                    SELECT child_id, on_date - (extract(isodow FROM on_date)::int - 1), authority_id, code_set_id,
                           code, bit_or(mark_session_bit(on_date, session))
                    FROM mark WHERE superseded_at IS NULL GROUP BY 1, 2, 3, 4, 5""");
            System.out.printf("  %,d weeks of marks folded in %.0f s%n", weeks, (System.nanoTime() - started) / 1e9);
            return total;
        }
    }

    record Range(LocalDate from, LocalDate to) {
    }
}
