package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.attendance.SchoolMarksReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks from a school (a file imported, its designated teacher) that arrive after the day was planned cancel today's
 * calls they now cover, if not yet offered (ADR 0044). Runs after the marks' commit and survives a crash (event
 * publication registry), as {@link ClosurePlanning} does.
 */
@Component
class SchoolMarksPlanning {

    private final CallPlanner planner;
    private final Clock clock;

    SchoolMarksPlanning(CallPlanner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SchoolMarksReceived received) {
        LocalDate today = LocalDate.now(clock);
        if (received.dates().contains(today)) {
            planner.plan(today);
        }
    }
}
