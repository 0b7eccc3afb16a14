package org.rollcall.subscriptions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rollcall.notify.MessageId;
import org.rollcall.subscriptions.SubscriptionsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every check interval (a minute), on Rollcall's clock: finds each subscription whose latest run is due and not yet
 * sent, and sends it through {@link ReportRun}, one transaction per run. Every node runs this; the claim in the
 * database decides which node sends each run (ADR 0040).
 */
@Component
class ReportRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportRunner.class);

    private final JdbcSubscriptions store;
    private final ReportRun run;
    private final Schedule schedule;
    private final Clock clock;

    ReportRunner(JdbcSubscriptions store, ReportRun run, SubscriptionsProperties properties, Clock clock) {
        this.store = store;
        this.run = run;
        this.schedule = new Schedule(properties.sendAt(), clock.getZone());
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${rollcall.subscriptions.check-interval:1m}",
            fixedDelayString = "${rollcall.subscriptions.check-interval:1m}")
    void check() {
        try {
            runDue(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Report emails not checked this time, tried again at the next check: {}", e.getMessage());
        }
    }

    /** @return the messages this call queued (another node's runs are not among them) */
    List<MessageId> runDue(Instant now) {
        List<MessageId> queued = new ArrayList<>();
        for (JdbcSubscriptions.Row s : store.active()) {
            Optional<LocalDate> due = schedule.latestDue(s.frequency(), s.weekday(), s.activeSince(), now);
            if (due.isEmpty() || (s.lastRun() != null && !s.lastRun().isBefore(due.get()))) {
                continue;
            }
            try {
                run.send(s.id(), due.get()).ifPresent(queued::add);
            } catch (RuntimeException e) {
                // One broken run must not hold up the others; it is tried again at the next check.
                log.warn("Report email {} for {} not sent, tried again at the next check: {}", s.id(), due.get(),
                        e.getMessage());
            }
        }
        return queued;
    }
}
