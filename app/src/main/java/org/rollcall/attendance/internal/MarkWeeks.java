package org.rollcall.attendance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code mark_week} (V72) equal to the current marks folded by child, week and code: every place that writes
 * a mark refreshes the child's week in the same transaction. Refolding the week from its (at most fourteen) current
 * marks, rather than adding and removing bits, cannot drift however the marks were changed.
 */
@Component
class MarkWeeks {

    private final JdbcClient jdbc;

    MarkWeeks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(ChildId child, LocalDate day) {
        refresh(List.of(new ChildDay(child, day)));
    }

    /** A child and a day whose week needs refolding. */
    record ChildDay(ChildId child, LocalDate day) {
    }

    /** Refolds every week named, in three statements however many weeks (a call's batch names one per child). */
    void refresh(Collection<ChildDay> days) {
        record Week(UUID child, LocalDate monday) {
        }
        Map<String, Week> weeks = new TreeMap<>();
        for (ChildDay d : days) {
            LocalDate monday = d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.put("mark_week " + d.child().value() + monday, new Week(d.child().value(), monday));
        }
        if (weeks.isEmpty()) {
            return;
        }
        UUID[] children = weeks.values().stream().map(Week::child).toArray(UUID[]::new);
        String[] mondays = weeks.values().stream().map(w -> w.monday().toString()).toArray(String[]::new);
        // Two transactions marking the same child's week take turns, so the later refold sees the earlier's marks;
        // locks are taken in one order (by their number) so two batches cannot each hold what the other waits for.
        jdbc.sql("""
                SELECT pg_advisory_xact_lock(lock_id) FROM (
                    SELECT DISTINCT hashtextextended(k, 0) AS lock_id FROM unnest(?::text[]) k ORDER BY lock_id) l""")
                .param(weeks.keySet().toArray(String[]::new)).query((rs, n) -> 1).list();
        jdbc.sql("""
                DELETE FROM mark_week w USING unnest(?::uuid[], ?::date[]) AS t (child_id, monday)
                WHERE w.child_id = t.child_id AND w.monday = t.monday""").params(children, mondays).update();
        jdbc.sql("""
                INSERT INTO mark_week (child_id, monday, authority_id, code_set_id, code, sessions)
                SELECT m.child_id, t.monday, m.authority_id, m.code_set_id, m.code,
                       bit_or(mark_session_bit(m.on_date, m.session))
                FROM unnest(?::uuid[], ?::date[]) AS t (child_id, monday)
                JOIN mark m ON m.child_id = t.child_id AND m.on_date BETWEEN t.monday AND t.monday + 6
                           AND m.superseded_at IS NULL
                GROUP BY m.child_id, t.monday, m.authority_id, m.code_set_id, m.code""")
                .params(children, mondays).update();
    }
}
