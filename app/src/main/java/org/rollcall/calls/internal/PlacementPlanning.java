package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.directory.PlacementEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A placement ended before today (a child whose last day on roll was a past day, a move heard late): today's calls to a
 * provision with no child left are cancelled now, not at the next planning round. Ending on today or later changes
 * nothing today (the child is still expected), and tomorrow's plan is made without them. Runs after the commit and
 * survives a crash (event publication registry), as {@link ClosurePlanning} does.
 */
@Component
class PlacementPlanning {

    private final CallPlanner planner;
    private final Clock clock;

    PlacementPlanning(CallPlanner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PlacementEnded ended) {
        LocalDate today = LocalDate.now(clock);
        if (ended.lastDay().isBefore(today)) {
            planner.plan(today);
        }
    }
}
