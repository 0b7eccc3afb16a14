package org.rollcall.calls.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A national-scale directory and calendar written straight into the database (the services would take minutes to
 * build it one row at a time). Shapes follow the seeds: one in seven authorities Welsh, four children a provision,
 * one in twenty called weekly for post-16, one in twenty missing education (twice a day) at a provision with a
 * morning window, a few hundred INSET days, some authorities with a narrowed service scope or their own rules.
 */
final class BenchmarkData {

    private BenchmarkData() {
    }

    static void generate(JdbcClient jdbc, int authorities, int provisions, int children) {
        jdbc.sql("""
                        INSERT INTO authority (id, name, nation, la_code, created_at)
                        SELECT gen_random_uuid(), 'Authority ' || g, CASE WHEN g % 7 = 0 THEN 'WALES' ELSE 'ENGLAND' END,
                               lpad((100 + g)::text, 3, '0'), timestamptz '2027-01-04 09:00Z'
                        FROM generate_series(1, ?) g""").param(authorities).update();
        jdbc.sql("""
                        INSERT INTO term (id, authority_id, name, starts_on, ends_on, half_term_starts_on,
                                          half_term_ends_on, source, loaded_by, loaded_at)
                        SELECT gen_random_uuid(), a.id, t.name, t.starts_on, t.ends_on, t.hs, t.he, 'benchmark',
                               'benchmark', timestamptz '2027-01-04 09:00Z'
                        FROM authority a CROSS JOIN (VALUES
                          ('Autumn 2026', date '2026-09-02', date '2026-12-18', date '2026-10-26', date '2026-10-30'),
                          ('Spring 2027', date '2027-01-05', date '2027-03-26', date '2027-02-15', date '2027-02-19'),
                          ('Summer 2027', date '2027-04-12', date '2027-07-21', date '2027-05-31', date '2027-06-04'))
                          AS t(name, starts_on, ends_on, hs, he)""").update();
        jdbc.sql("""
                        WITH a AS (SELECT id, nation, row_number() OVER (ORDER BY la_code) - 1 AS n FROM authority)
                        INSERT INTO provision (id, urn, name, type, nation, phone, contact_name, frequency, weekly_day,
                                               local_authority_id, weekly_reason)
                        SELECT gen_random_uuid(), lpad((100000 + g)::text, 6, '0'), 'School ' || g, 'MAINSTREAM',
                               a.nation, '+44161496' || lpad((g % 10000)::text, 4, '0'), 'Attendance officer',
                               CASE WHEN g % 50 = 7 THEN 'WEEKLY' ELSE 'DAILY' END, g % 5 + 1, a.id,
                               CASE WHEN g % 50 = 7 THEN 'the head objects to daily calls' END
                        FROM generate_series(0, ? - 1) g JOIN a ON a.n = g % (SELECT count(*) FROM authority)""")
                .param(provisions).update();
        jdbc.sql("""
                        INSERT INTO call_window (id, provision_id, opens_at, closes_at, part)
                        SELECT gen_random_uuid(), id, o.opens, o.opens + interval '45 minutes', 'AFTERNOON'
                        FROM provision, LATERAL (SELECT time '13:00' + (urn::int % 120) * interval '1 minute') AS o(opens)
                        """).update();
        jdbc.sql("""
                        INSERT INTO call_window (id, provision_id, opens_at, closes_at, part)
                        SELECT gen_random_uuid(), id, time '09:30', time '10:30', 'MORNING' FROM provision
                        WHERE urn::int % 8 = 3""").update();
        jdbc.sql("""
                        WITH p AS (SELECT id, local_authority_id, urn::int % 8 = 3 AS twice,
                                          row_number() OVER (ORDER BY urn) - 1 AS n FROM provision),
                             a AS (SELECT id, row_number() OVER (ORDER BY la_code) - 1 AS n FROM authority),
                             k AS (SELECT g, p.id AS provision_id, p.twice,
                                          CASE WHEN g % 5 = 0 THEN (SELECT id FROM a WHERE a.n = (g / 7) % 150)
                                               ELSE p.local_authority_id END AS authority_id
                                   FROM generate_series(0, ? - 1) g JOIN p ON p.n = g % ?)
                        INSERT INTO child (id, authority_id, first_name, last_name, date_of_birth, year_group, cohort,
                                           in_borough, sen_status)
                        SELECT gen_random_uuid(), authority_id, 'Child', 'Number ' || g, date '2015-03-01',
                               CASE WHEN g % 10 = 1 THEN 12 ELSE g % 12 END,
                               CASE WHEN twice AND g % 3 = 0 THEN 'CME' WHEN g % 10 = 1 THEN 'POST_16'
                                    WHEN g % 20 = 5 THEN 'YOT' ELSE 'LAC' END,
                               g % 5 <> 0, 'NONE'
                        FROM k ORDER BY g""").params(children, provisions).update();
        // Place each child at the provision its number points to (the same walk as above).
        jdbc.sql("""
                        WITH p AS (SELECT id, row_number() OVER (ORDER BY urn) - 1 AS n FROM provision),
                             c AS (SELECT id, substring(last_name from 8)::int AS g FROM child)
                        INSERT INTO placement (id, child_id, provision_id, kind, starts_on)
                        SELECT gen_random_uuid(), c.id, p.id, 'ON_ROLL', date '2026-09-02'
                        FROM c JOIN p ON p.n = c.g % ?""").param(provisions).update();
        jdbc.sql("""
                        INSERT INTO closure (id, provision_id, first_day, last_day, sessions, reason, recorded_by,
                                             recorded_at)
                        SELECT gen_random_uuid(), id, date '2027-03-05', date '2027-03-05', 'BOTH', 'INSET_DAY',
                               'benchmark', timestamptz '2027-01-04 09:00Z'
                        FROM provision WHERE urn::int % 80 = 13""").update();
        jdbc.sql("""
                        UPDATE authority SET scope_mode = 'IN_BOROUGH' WHERE la_code::int % 15 = 1""").update();
        jdbc.sql("""
                        UPDATE authority SET scope_cohorts = ARRAY ['LAC', 'CME'] WHERE la_code::int % 15 = 2""")
                .update();
        jdbc.sql("""
                        INSERT INTO cohort_rule (authority_id, cohort, frequency)
                        SELECT id, 'POST_16', 'DAILY' FROM authority WHERE la_code::int % 10 = 3""").update();
        jdbc.sql("ANALYZE").update();
    }
}
