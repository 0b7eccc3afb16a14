package org.rollcall.calls.internal;

import java.sql.Time;
import java.util.ArrayList;
import java.util.List;

import org.rollcall.capacity.DueCall;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real day's directory, written straight into the database: one provision per call of the model's plan
 * ({@code DayPlans}), with that call's window as its afternoon window (the one daily children are called in) and
 * that call's number of children, each looked after (cohort LAC, called daily) and with a carer who has a mobile
 * number, so the planner plans exactly the model's calls and an unauthorised absence queues a real carer call.
 * Every authority is English (one code set), in term on the day.
 */
final class RealDayData {

    private static final int PROVISIONS_PER_AUTHORITY = 170;

    private RealDayData() {
    }

    static void write(JdbcTemplate jdbc, List<DueCall> plan) {
        int authorities = Math.max(1, (plan.size() + PROVISIONS_PER_AUTHORITY - 1) / PROVISIONS_PER_AUTHORITY);
        jdbc.update("""
                INSERT INTO authority (id, name, nation, la_code, created_at)
                SELECT gen_random_uuid(), 'Real day authority ' || g, 'ENGLAND', lpad((100 + g)::text, 3, '0'),
                       timestamptz '2027-01-04 09:00Z'
                FROM generate_series(1, ?) g""", authorities);
        jdbc.update("""
                INSERT INTO term (id, authority_id, name, starts_on, ends_on, half_term_starts_on, half_term_ends_on,
                                  source, loaded_by, loaded_at)
                SELECT gen_random_uuid(), a.id, 'Spring 2027', date '2027-01-05', date '2027-03-26',
                       date '2027-02-15', date '2027-02-19', 'benchmark', 'benchmark', timestamptz '2027-01-04 09:00Z'
                FROM authority a""");
        jdbc.update("CREATE TABLE real_day_plan (n INT, opens TIME, closes TIME, children INT)");
        List<Object[]> rows = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            DueCall call = plan.get(i);
            rows.add(new Object[] {i, Time.valueOf(call.opens()), Time.valueOf(call.closes()), call.children()});
        }
        jdbc.batchUpdate("INSERT INTO real_day_plan VALUES (?, ?, ?, ?)", rows);
        jdbc.update("""
                WITH a AS (SELECT id, row_number() OVER (ORDER BY la_code) - 1 AS n FROM authority)
                INSERT INTO provision (id, urn, name, type, nation, phone, contact_name, frequency, local_authority_id)
                SELECT gen_random_uuid(), lpad((100000 + p.n)::text, 6, '0'), 'School ' || p.n, 'MAINSTREAM',
                       'ENGLAND', '+44161496' || lpad((p.n % 10000)::text, 4, '0'), 'Attendance officer', 'DAILY',
                       a.id
                FROM real_day_plan p JOIN a ON a.n = p.n / ?""", PROVISIONS_PER_AUTHORITY);
        jdbc.update("""
                INSERT INTO call_window (id, provision_id, opens_at, closes_at, part)
                SELECT gen_random_uuid(), v.id, p.opens, p.closes, 'AFTERNOON'
                FROM real_day_plan p JOIN provision v ON v.urn = lpad((100000 + p.n)::text, 6, '0')""");
        jdbc.update("""
                INSERT INTO child (id, authority_id, first_name, last_name, date_of_birth, year_group, cohort,
                                   in_borough, sen_status)
                SELECT gen_random_uuid(), v.local_authority_id, 'Child', p.n || '-' || k, date '2015-03-01', 5, 'LAC',
                       true, 'NONE'
                FROM real_day_plan p JOIN provision v ON v.urn = lpad((100000 + p.n)::text, 6, '0'),
                     generate_series(1, p.children) k""");
        jdbc.update("""
                INSERT INTO placement (id, child_id, provision_id, kind, starts_on)
                SELECT gen_random_uuid(), c.id, v.id, 'ON_ROLL', date '2026-09-02'
                FROM child c JOIN provision v
                  ON v.urn = lpad((100000 + split_part(c.last_name, '-', 1)::int)::text, 6, '0')""");
        // Ofcom's drama range: 07700 900000 to 900999.
        jdbc.update("""
                INSERT INTO contact (id, child_id, role, name, phone)
                SELECT gen_random_uuid(), c.id, 'CARER', 'Carer of ' || c.last_name,
                       '07700 900' || lpad((row_number() OVER (ORDER BY c.last_name) % 1000)::text, 3, '0')
                FROM child c""");
        jdbc.update("DROP TABLE real_day_plan");
        jdbc.update("ANALYZE");
    }
}
