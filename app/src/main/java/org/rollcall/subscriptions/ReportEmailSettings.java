package org.rollcall.subscriptions;

import java.util.List;

import org.rollcall.directory.AuthorityId;

/**
 * An authority's report-email settings, set by Rollcall's administrators (no admin screen yet: the demo and
 * start-up data call this). Every change is audited with {@code by}.
 */
public interface ReportEmailSettings {

    /** Replaces the authority's allowed email domains. @throws SubscriptionRefusedException for one not valid */
    void setAllowedDomains(AuthorityId authority, List<String> domains, String by);

    List<String> allowedDomains(AuthorityId authority);

    /** Whether reports are attached to the emails (only ever over a relay that requires TLS); off by default. */
    void setAttachments(AuthorityId authority, boolean on, String by);

    boolean attachments(AuthorityId authority);

    /**
     * Sets up a report email for the authority (administrators set up subscriptions too), with the same checks as an
     * authority user's; audited as made by {@code by}.
     *
     * @throws SubscriptionRefusedException as {@link ReportSubscriptions#subscribe}
     */
    ReportSubscription subscribe(AuthorityId authority, NewSubscription subscription, String by);
}
