package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.rollcall.directory.Directory;
import org.rollcall.directory.DueWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Makes today's call plan: one due call per call window that applies today. Idempotent. */
@Component
class CallPlanner {

    private static final Logger log = LoggerFactory.getLogger(CallPlanner.class);

    private final Directory directory;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CallPlanner(Directory directory, JdbcTemplate jdbc, Clock clock) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public int planToday() {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        List<DueWindow> windows = directory.windowsOn(today);
        int[][] counts = jdbc.batchUpdate("""
                        INSERT INTO call (id, provision_id, call_date, window_id, window_closes, due_at, attempt, status)
                        VALUES (?, ?, ?, ?, ?, ?, 1, 'DUE') ON CONFLICT (window_id, call_date, attempt) DO NOTHING""",
                windows, 500, (ps, w) -> {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, w.provisionId().value());
                    ps.setObject(3, today);
                    ps.setObject(4, w.windowId());
                    ps.setTimestamp(5, CallRows.ts(today.atTime(w.closesAt()).atZone(zone).toInstant()));
                    ps.setTimestamp(6, CallRows.ts(today.atTime(w.opensAt()).atZone(zone).toInstant()));
                });
        int added = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                added += Math.max(c, 0);
            }
        }
        if (added > 0) {
            log.info("Call plan for {}: {} calls added ({} windows apply today)", today, added, windows.size());
        }
        return added;
    }
}
