package org.rollcall.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Monitoring;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's one real email: shortly after start-up, a summary of today's calls to the first demo authority's
 * Virtual School (address {@value #RECIPIENT}), with the same summary as a PDF letter, so an admin sees it arrive
 * in the embedded mailbox. Demo users have no email address of their own; the embedded server accepts any.
 */
@Configuration(proxyBeanMethods = false)
class DemoSummary {

    static final String RECIPIENT = "authority1@rollcall-demo.example.org";
    static final MessageKind DAILY_SUMMARY = new MessageKind("daily-summary", "Daily summary of today's calls",
            List.of(new MessageKind.Placeholder("schools", "how many schools and provisions are called today about "
                            + "the authority's children"),
                    new MessageKind.Placeholder("children", "how many of the authority's children they are asked about"),
                    new MessageKind.Placeholder("firstCall", "when the first call window opens, such as 10:31"),
                    new MessageKind.Placeholder("lastCall", "when the last call window closes, such as 11:46")),
            true);
    private static final Logger log = LoggerFactory.getLogger(DemoSummary.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    // Long enough for the planner's first round at start-up to have written today's calls.
    private static final Duration AFTER_START = Duration.ofSeconds(5);

    private final DemoProperties properties;
    private final Accounts accounts;
    private final CallLog calls;
    private final Monitoring monitoring;
    private final Notifications notifications;
    private final TransactionTemplate tx;
    private final TaskScheduler scheduler;
    private final Clock clock;

    DemoSummary(DemoProperties properties, Accounts accounts, CallLog calls, Monitoring monitoring,
                Notifications notifications, TransactionTemplate tx, TaskScheduler scheduler, Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.calls = calls;
        this.monitoring = monitoring;
        this.notifications = notifications;
        this.tx = tx;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    // Static: the kind is needed to build Notifications, which this class itself uses.
    @Bean
    static MessageKind dailySummaryKind() {
        return DAILY_SUMMARY;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sendSoon() {
        if (properties.data() && !properties.exitAfterGenerating()) {
            scheduler.schedule(this::send, scheduler.getClock().instant().plus(AFTER_START));
        }
    }

    void send() {
        try {
            accounts.findUser("authority1").map(Caller::authorityId).filter(Objects::nonNull)
                    .ifPresent(authority -> tx.executeWithoutResult(status -> queue(authority)));
        } catch (RuntimeException e) {
            log.warn("Demo: the daily summary email could not be queued", e);
        }
    }

    private void queue(AuthorityId authority) {
        LocalDate today = LocalDate.now(clock);
        List<CallSummary> ours = calls.onDate(today).stream()
                .filter(c -> c.status() != CallStatus.CANCELLED && c.attempt() == 1)
                .filter(c -> monitoring.monitoredChildren(c.provisionId(), today).stream()
                        .anyMatch(m -> m.child().authorityId().equals(authority)))
                .toList();
        long children = ours.stream().map(CallSummary::provisionId).distinct()
                .flatMap(p -> monitoring.monitoredChildren(p, today).stream())
                .filter(m -> m.child().authorityId().equals(authority)).map(m -> m.child().id()).distinct().count();
        String first = ours.stream().map(CallSummary::dueAt).filter(Objects::nonNull).min(Instant::compareTo)
                .map(this::time).orElse("(no call today)");
        String last = ours.stream().map(CallSummary::windowCloses).filter(Objects::nonNull).max(Instant::compareTo)
                .map(this::time).orElse("(no call today)");
        notifications.queue(NewMessage.of(DAILY_SUMMARY, authority, RECIPIENT, Map.of(
                "schools", String.valueOf(ours.stream().map(CallSummary::provisionId).distinct().count()),
                "children", String.valueOf(children), "firstCall", first, "lastCall", last)));
        log.info("Demo: today's summary emailed to {}; sign in as admin and open \"Outbox and mailbox\"", RECIPIENT);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(clock.getZone()));
    }
}
