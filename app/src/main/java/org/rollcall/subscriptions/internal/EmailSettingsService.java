package org.rollcall.subscriptions.internal;

import java.time.Clock;
import java.util.List;

import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.subscriptions.NewSubscription;
import org.rollcall.subscriptions.ReportEmailSettings;
import org.rollcall.subscriptions.ReportSubscription;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Allowed domains and the attachments switch per authority; audited against the authority. */
@Service
class EmailSettingsService implements ReportEmailSettings {

    private final JdbcSubscriptions store;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final SubscriptionCreator creator;

    EmailSettingsService(JdbcSubscriptions store, Directory directory, AuditLog audit, Clock clock,
                         SubscriptionCreator creator) {
        this.creator = creator;
        this.store = store;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void setAllowedDomains(AuthorityId authority, List<String> domains, String by) {
        directory.authority(authority); // an unknown authority is refused by the directory, saying so
        List<String> clean = AllowedDomains.domains(domains);
        store.replaceDomains(authority, clean, by, clock.instant());
        audit.record(by, "report-email-domains-set", "authority", authority.toString(),
                clean.isEmpty() ? "none" : String.join(", ", clean));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> allowedDomains(AuthorityId authority) {
        return store.domains(authority);
    }

    @Override
    @Transactional
    public void setAttachments(AuthorityId authority, boolean on, String by) {
        directory.authority(authority);
        store.setAttachments(authority, on, by, clock.instant());
        audit.record(by, "report-email-attachments-set", "authority", authority.toString(), on ? "on" : "off");
    }

    @Override
    @Transactional(readOnly = true)
    public boolean attachments(AuthorityId authority) {
        return store.attachments(authority);
    }

    @Override
    @Transactional
    public ReportSubscription subscribe(AuthorityId authority, NewSubscription subscription, String by) {
        directory.authority(authority);
        return creator.create(authority, subscription, by);
    }
}
