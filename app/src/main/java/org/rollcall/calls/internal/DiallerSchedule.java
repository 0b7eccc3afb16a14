package org.rollcall.calls.internal;

import java.time.Instant;

import org.rollcall.calls.CallsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/** Runs the planner and the dialler on the configured intervals once the application is up. */
@Component
class DiallerSchedule {

    private static final Logger log = LoggerFactory.getLogger(DiallerSchedule.class);

    private final CallPlanner planner;
    private final Dialler dialler;
    private final TaskScheduler scheduler;
    private final CallsProperties properties;

    DiallerSchedule(CallPlanner planner, Dialler dialler, TaskScheduler scheduler, CallsProperties properties) {
        this.planner = planner;
        this.dialler = dialler;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleAtFixedRate(this::plan, Instant.now(), properties.planInterval());
        scheduler.scheduleWithFixedDelay(this::dial, Instant.now().plusSeconds(1), properties.diallerInterval());
    }

    private void plan() {
        try {
            planner.planToday();
        } catch (RuntimeException e) {
            log.error("Call planning failed; will try again in {}", properties.planInterval(), e);
        }
    }

    private void dial() {
        try {
            dialler.markMissed();
            while (dialler.offerNext()) {
                // offer until no due call or no ready operator is left
            }
        } catch (RuntimeException e) {
            log.error("Dialler round failed; next round in {}", properties.diallerInterval(), e);
        }
    }
}
