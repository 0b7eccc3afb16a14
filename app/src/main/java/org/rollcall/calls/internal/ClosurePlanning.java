package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.calendar.ProvisionClosed;
import org.rollcall.calendar.ProvisionClosureWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A closure heard of on the morning call must stop the afternoon call now, not at the next planning round; a closure
 * withdrawn brings it back. Runs after the closure's commit and survives a crash (event publication registry).
 */
@Component
class ClosurePlanning {

    private final CallPlanner planner;
    private final Clock clock;

    ClosurePlanning(CallPlanner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProvisionClosed closed) {
        LocalDate today = LocalDate.now(clock);
        if (closed.days().stream().anyMatch(day -> day.date().equals(today))) {
            planner.plan(today);
        }
    }

    // Withdrawals are rare and name no days: plan today again.
    @ApplicationModuleListener
    void on(ProvisionClosureWithdrawn withdrawn) {
        planner.plan(LocalDate.now(clock));
    }
}
