package org.rollcall.subscriptions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.directory.AuthorityId;
import org.rollcall.subscriptions.NewSubscription;
import org.rollcall.subscriptions.ReportSubscription;
import org.rollcall.subscriptions.ReportSubscriptions;
import org.rollcall.subscriptions.SubscriptionId;
import org.rollcall.subscriptions.SubscriptionRefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authority users' subscriptions, always within the signed-in caller's authority; every change audited. */
@Service
class SubscriptionService implements ReportSubscriptions {

    static final String AUDIT_SUBJECT = "report-subscription";
    private static final String NOT_FOUND = "There is no such report email in your authority: it may have been "
            + "ended already. Reload the list.";

    private final JdbcSubscriptions store;
    private final Accounts accounts;
    private final AuditLog audit;
    private final UnsubscribeLinks links;
    private final Clock clock;
    private final SubscriptionCreator creator;

    SubscriptionService(JdbcSubscriptions store, Accounts accounts, AuditLog audit, UnsubscribeLinks links,
                        Clock clock, SubscriptionCreator creator) {
        this.creator = creator;
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.links = links;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AUTHORITY')")
    public List<ReportSubscription> list() {
        Instant now = clock.instant();
        return store.ofAuthority(authority()).stream().map(r -> creator.view(r, now)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AUTHORITY')")
    public List<String> allowedDomains() {
        return store.domains(authority());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public ReportSubscription subscribe(NewSubscription s) {
        Caller me = accounts.caller();
        return creator.create(me.authorityId(), s, me.name());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public ReportSubscription pause(SubscriptionId id) {
        return setPaused(id, true);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public ReportSubscription resume(SubscriptionId id) {
        return setPaused(id, false);
    }

    private ReportSubscription setPaused(SubscriptionId id, boolean paused) {
        Caller me = accounts.caller();
        JdbcSubscriptions.Row row = mine(id, me);
        Instant now = clock.instant();
        store.setPaused(id, paused, now);
        audit.record(me.name(), paused ? "report-email-paused" : "report-email-resumed", AUDIT_SUBJECT,
                id.toString(), row.report().label() + " to " + row.recipient());
        return creator.view(store.find(id).orElseThrow(), now);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public void unsubscribe(SubscriptionId id) {
        Caller me = accounts.caller();
        JdbcSubscriptions.Row row = mine(id, me);
        store.delete(id);
        audit.record(me.name(), "report-email-ended", AUDIT_SUBJECT, id.toString(),
                row.report().label() + " to " + row.recipient());
    }

    @Override
    @Transactional(readOnly = true)
    public String describeLink(String token) {
        return describe(byLink(token));
    }

    @Override
    @Transactional
    public String unsubscribeByLink(String token) {
        JdbcSubscriptions.Row row = byLink(token);
        store.delete(row.id());
        audit.record("unsubscribe link (" + row.recipient() + ")", "report-email-ended", AUDIT_SUBJECT,
                row.id().toString(), row.report().label() + " to " + row.recipient() + ", by the link in the email");
        return describe(row);
    }

    private JdbcSubscriptions.Row byLink(String token) {
        SubscriptionId id = links.verify(token).orElseThrow(() -> new SubscriptionRefusedException(
                "This unsubscribe link is not valid: it may have been changed or cut short. Copy the whole link "
                        + "from the email, or sign in and end the report email under \"Report emails\"."));
        return store.find(id).orElseThrow(() -> new SubscriptionRefusedException(
                "This report email has already been ended: nothing more will be sent for it."));
    }

    private static String describe(JdbcSubscriptions.Row row) {
        return "the " + row.report().label() + " report to " + row.recipient();
    }

    private JdbcSubscriptions.Row mine(SubscriptionId id, Caller me) {
        return store.find(id, me.authorityId()).orElseThrow(() -> new SubscriptionRefusedException(NOT_FOUND));
    }

    private AuthorityId authority() {
        return accounts.caller().authorityId();
    }
}
