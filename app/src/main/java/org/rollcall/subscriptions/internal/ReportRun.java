package org.rollcall.subscriptions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.rollcall.notify.MailRelay;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.reports.ReportKind;
import org.rollcall.reports.ReportTable;
import org.rollcall.reports.Reports;
import org.rollcall.statistics.DateRange;
import org.rollcall.subscriptions.SubscriptionId;
import org.rollcall.subscriptions.SubscriptionsProperties;
import org.rollcall.subscriptions.ReportSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One run of one subscription, in one transaction: claim (subscription, day), render the email and queue it in the
 * outbox, record which message it was. A second node doing the same run waits on the claim's key, then finds it
 * taken and sends nothing; a run that fails rolls back its claim with its email, so the next check tries again.
 */
@Component
class ReportRun {

    private static final Logger log = LoggerFactory.getLogger(ReportRun.class);

    private final JdbcSubscriptions store;
    private final Notifications notifications;
    private final MailRelay relay;
    private final ObjectProvider<Reports> reports;
    private final UnsubscribeLinks links;
    private final SubscriptionsProperties properties;
    private final Clock clock;

    ReportRun(JdbcSubscriptions store, Notifications notifications, MailRelay relay, ObjectProvider<Reports> reports,
              UnsubscribeLinks links, SubscriptionsProperties properties, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.relay = relay;
        this.reports = reports;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the message queued, or empty when the run was another node's, or the subscription paused or gone */
    @Transactional
    Optional<MessageId> send(SubscriptionId id, LocalDate day) {
        Optional<JdbcSubscriptions.Row> locked = store.lockActive(id);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!store.claim(id, day, now)) {
            return Optional.empty();
        }
        JdbcSubscriptions.Row s = locked.get();
        DateRange range = s.report().defaultRange(day);
        NewMessage.Attachment file = attachment(s, range);
        NewMessage message = new NewMessage(SubscriptionKinds.REPORT_READY, s.authority(), s.recipient(), Map.of(
                "report", s.report().label(),
                "range", words(range),
                "link", properties.extranetUrl() + "/" + s.report().path(range),
                "attached", file != null ? "The report is attached as " + properties.attachmentFormat().label() + "."
                        : "Sign in to the extranet to read it: the report is not attached to this email.",
                "frequency", ReportSubscription.cadence(s.frequency(), s.weekday()),
                "unsubscribe", links.link(id)), "report-ready:" + id + ":" + day, file);
        MessageId queued = notifications.queue(message);
        store.ran(id, day, queued, file != null);
        log.info("Report email {} for {} queued as {}{}", s.report().slug(), day, queued,
                file != null ? " with the report attached" : "");
        return Optional.of(queued);
    }

    /**
     * The report as a file, only when the authority switched attachments on AND the relay requires TLS; null
     * otherwise, or when the report cannot be made (the link still works, and the reason is logged).
     */
    private NewMessage.Attachment attachment(JdbcSubscriptions.Row s, DateRange range) {
        if (!store.attachments(s.authority()) || !relay.requiresTls()) {
            return null;
        }
        Reports available = reports.getIfAvailable();
        if (available == null) {
            log.warn("Report {} not attached: no report implementation in this build", s.report().slug());
            return null;
        }
        try {
            ReportTable table = available.run(s.authority(), s.report(), range);
            byte[] content = available.export(table, properties.attachmentFormat());
            return new NewMessage.Attachment(fileName(s.report(), range), properties.attachmentFormat().mediaType(),
                    content);
        } catch (RuntimeException e) {
            log.warn("Report {} for {} not attached, sent as a link only: {}", s.report().slug(), range,
                    e.getMessage());
            return null;
        }
    }

    private String fileName(ReportKind report, DateRange range) {
        return report.slug() + "-" + range.from() + (range.days() == 1 ? "" : "-to-" + range.to()) + "."
                + properties.attachmentFormat().extension();
    }

    static String words(DateRange range) {
        return range.days() == 1 ? HumanDates.day(range.from())
                : HumanDates.date(range.from()) + " to " + HumanDates.date(range.to());
    }
}
