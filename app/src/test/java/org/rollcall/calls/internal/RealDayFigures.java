package org.rollcall.calls.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the real day came to, read from the database afterwards, in the model's terms ({@code capacity.DayResult}):
 * a school's call is its first attempt and the retries that follow it; it started inside its window when an attempt
 * was offered to an operator before the window closed (the operator starts an offered call at once).
 *
 * @param outcomes the school call rows by attempt, status and outcome, for reading the day at a glance
 * @param waits seconds from each school's window opening to its first offer, for those offered in the window
 * @param offersOutOfOrder offers made while a due school call whose window closes sooner waited (any school call,
 *                         for a carer call): the window-closes-first rule broken; 0 expected
 * @param idleWhileWaiting operator-seconds between a wrap-up and that operator's next offer while a school call
 *                         was due and waiting: time the model does not lose; 0 expected
 */
record RealDayFigures(int schoolCalls, int startedInWindow, int windowsMissed, int unreached, int abandoned,
                      List<Double> waits, int attempts, int carerCalls, int followUps, int followUpsConcluded,
                      int incompletePublications, String outcomes, int offersOutOfOrder, double idleWhileWaiting) {

    static RealDayFigures read(JdbcClient jdbc, LocalDate day, ZoneId zone) {
        List<Double> waits = new ArrayList<>();
        int[] counts = new int[4]; // calls, inside, missed, unreached
        jdbc.sql("""
                        SELECT w.opens_at, min(c.window_closes) AS closes, min(c.offered_at) AS first_offer,
                               bool_or(c.outcome = 'COMPLETED') AS reached
                        FROM call c JOIN call_window w ON w.id = c.window_id
                        WHERE c.call_date = ? AND c.purpose IN ('MORNING', 'AFTERNOON')
                        GROUP BY c.provision_id, c.purpose, w.opens_at""").param(day).query(rs -> {
            counts[0]++;
            Instant opens = day.atTime(rs.getObject("opens_at", LocalTime.class)).atZone(zone).toInstant();
            Instant closes = rs.getTimestamp("closes").toInstant();
            Instant offered = rs.getTimestamp("first_offer") == null ? null : rs.getTimestamp("first_offer")
                    .toInstant();
            if (offered != null && offered.isBefore(closes)) {
                counts[1]++;
                waits.add(Duration.between(opens, offered).toMillis() / 1000.0);
                if (!rs.getBoolean("reached")) {
                    counts[3]++;
                }
            } else {
                counts[2]++;
            }
        });
        Collections.sort(waits);
        int attempts = count(jdbc, "SELECT count(*) FROM call WHERE call_date = ? AND purpose IN ('MORNING', "
                + "'AFTERNOON') AND offered_at IS NOT NULL", day);
        // The school answered with nobody on the line: the operator's leg must be up before the school is dialled.
        int abandoned = count(jdbc, "SELECT count(*) FROM call WHERE call_date = ? AND answered_at IS NOT NULL "
                + "AND operator_up_at IS NULL", day);
        int carerCalls = count(jdbc, "SELECT count(*) FROM call WHERE call_date = ? AND purpose = 'CARER' "
                + "AND offered_at IS NOT NULL", day);
        int followUps = count(jdbc, "SELECT count(*) FROM escalation WHERE on_date = ? "
                + "AND trigger = 'UNAUTHORISED_ABSENCE'", day);
        // Concluded: the carer was reached or every attempt was made, so the escalation moved on from the call.
        int concluded = count(jdbc, "SELECT count(*) FROM escalation WHERE on_date = ? "
                + "AND trigger = 'UNAUTHORISED_ABSENCE' AND state <> 'CARER_CALL_DUE'", day);
        int incomplete = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Integer.class).single();
        String outcomes = String.join(", ", jdbc.sql("""
                        SELECT 'attempt ' || attempt || ' ' || status || '/' || coalesce(outcome, '-') || ': '
                               || count(*) FROM call WHERE call_date = ? AND purpose IN ('MORNING', 'AFTERNOON')
                        GROUP BY attempt, status, outcome ORDER BY attempt, status, outcome""").param(day)
                .query(String.class).list());
        int outOfOrder = jdbc.sql("""
                        SELECT count(*) FROM call o WHERE o.call_date = ? AND o.offered_at IS NOT NULL AND EXISTS (
                            SELECT 1 FROM call w WHERE w.call_date = o.call_date AND w.id <> o.id
                            AND w.purpose IN ('MORNING', 'AFTERNOON') AND w.due_at <= o.offered_at
                            AND w.window_closes > o.offered_at AND (w.offered_at IS NULL OR w.offered_at > o.offered_at)
                            AND (o.purpose NOT IN ('MORNING', 'AFTERNOON') OR w.window_closes < o.window_closes))""")
                .param(day).query(Integer.class).single();
        double idle = jdbc.sql("""
                        WITH b AS (SELECT wrapped_up_at, lead(offered_at) OVER (PARTITION BY operator_id
                                       ORDER BY offered_at) AS next_offer
                                   FROM call WHERE call_date = ? AND offered_at IS NOT NULL)
                        SELECT coalesce(sum(extract(epoch FROM next_offer - wrapped_up_at)), 0) FROM b
                        WHERE next_offer > wrapped_up_at AND EXISTS (SELECT 1 FROM call w WHERE w.call_date = ?
                            AND w.purpose IN ('MORNING', 'AFTERNOON') AND w.due_at <= b.wrapped_up_at
                            AND w.window_closes > b.wrapped_up_at
                            AND (w.offered_at IS NULL OR w.offered_at > b.wrapped_up_at))""")
                .params(day, day).query(Double.class).single();
        return new RealDayFigures(counts[0], counts[1], counts[2], counts[3], abandoned, waits, attempts, carerCalls,
                followUps, concluded, incomplete, outcomes, outOfOrder, idle);
    }

    double insideWindow() {
        return schoolCalls == 0 ? 1 : (double) startedInWindow / schoolCalls;
    }

    double followUpsDoneSameDay() {
        return followUps == 0 ? 1 : (double) followUpsConcluded / followUps;
    }

    double waitPercentile(double p) {
        if (waits.isEmpty()) {
            return 0;
        }
        return waits.get(Math.min(waits.size() - 1, (int) Math.ceil(p * waits.size()) - 1));
    }

    double waitMax() {
        return waits.isEmpty() ? 0 : waits.getLast();
    }

    private static int count(JdbcClient jdbc, String sql, LocalDate day) {
        return jdbc.sql(sql).param(day).query(Integer.class).single();
    }
}
