package org.rollcall.attendance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

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
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // Two transactions marking the same child's week take turns, so the later refold sees the earlier's marks.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param("mark_week " + child.value() + monday)
                .query((rs, n) -> 1).single();
        jdbc.sql("DELETE FROM mark_week WHERE child_id = ? AND monday = ?").params(child.value(), monday).update();
        jdbc.sql("""
                INSERT INTO mark_week (child_id, monday, authority_id, code_set_id, code, sessions)
                SELECT child_id, ?, authority_id, code_set_id, code, bit_or(mark_session_bit(on_date, session))
                FROM mark
                WHERE child_id = ? AND on_date BETWEEN ? AND ? AND superseded_at IS NULL
                GROUP BY child_id, authority_id, code_set_id, code""")
                .params(monday, child.value(), monday, monday.plusDays(6)).update();
    }
}
