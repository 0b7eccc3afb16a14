package org.rollcall.subscriptions.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;

import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.AuthorityId;
import org.rollcall.reports.ReportKind;
import org.rollcall.subscriptions.NewSubscription;
import org.rollcall.subscriptions.ReportFrequency;
import org.rollcall.subscriptions.ReportSubscription;
import org.rollcall.subscriptions.SubscriptionId;
import org.rollcall.subscriptions.SubscriptionRefusedException;
import org.rollcall.subscriptions.SubscriptionsProperties;
import org.springframework.stereotype.Component;

/**
 * Checks and stores a new subscription (for an authority user's own authority, or an administrator's) and shows
 * one with its next run. Runs in its caller's transaction.
 */
@Component
class SubscriptionCreator {

    private final JdbcSubscriptions store;
    private final AuditLog audit;
    private final Schedule schedule;
    private final Clock clock;

    SubscriptionCreator(JdbcSubscriptions store, AuditLog audit, SubscriptionsProperties properties, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.schedule = new Schedule(properties.sendAt(), clock.getZone());
        this.clock = clock;
    }

    /** Audited as made by {@code by}. */
    ReportSubscription create(AuthorityId authority, NewSubscription s, String by) {
        ReportKind report = report(s.report());
        String address = AllowedDomains.check(s.address(), store.domains(authority));
        if (s.frequency() == null) {
            throw new SubscriptionRefusedException("Choose how often: daily (every weekday) or weekly");
        }
        DayOfWeek weekday = s.frequency() == ReportFrequency.WEEKLY ? weekday(s.weekday()) : null;
        Instant now = clock.instant();
        var row = new JdbcSubscriptions.Row(SubscriptionId.random(), authority, report, address, s.frequency(),
                weekday, false, by, now, now, null);
        if (!store.insert(row)) {
            throw new SubscriptionRefusedException("The " + report.label() + " report already goes to " + address
                    + ": change or stop that one instead of adding it twice");
        }
        audit.record(by, "report-email-subscribed", SubscriptionService.AUDIT_SUBJECT, row.id().toString(),
                report.label() + " to " + address + ", " + ReportSubscription.cadence(s.frequency(), weekday));
        return view(row, now);
    }

    ReportSubscription view(JdbcSubscriptions.Row r, Instant now) {
        return new ReportSubscription(r.id(), r.report(), r.recipient(), r.frequency(), r.weekday(), r.paused(),
                r.createdBy(), r.createdAt(), r.paused() ? null
                : schedule.next(r.frequency(), r.weekday(), r.activeSince(), now, r.lastRun()));
    }

    static ReportKind report(String slug) {
        return ReportKind.bySlug(slug == null ? "" : slug.strip()).orElseThrow(() -> new SubscriptionRefusedException(
                slug == null || slug.isBlank() ? "Choose a report" : "There is no report '" + slug + "': choose one of "
                        + String.join(", ", Arrays.stream(ReportKind.values()).map(ReportKind::label).toList())));
    }

    private static DayOfWeek weekday(DayOfWeek day) {
        if (day == null || day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            throw new SubscriptionRefusedException("A weekly email needs a weekday, Monday to Friday"
                    + (day == null ? "" : ", not " + ReportSubscription.dayName(day)));
        }
        return day;
    }
}
