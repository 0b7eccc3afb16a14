package org.rollcall.subscriptions;

import java.util.List;

/**
 * An authority user's report emails. The authority is always the signed-in caller's own, never a parameter: a
 * subscription of another authority is treated as one that does not exist. Every change is audited.
 */
public interface ReportSubscriptions {

    /** The caller's authority's subscriptions, by report then address. */
    List<ReportSubscription> list();

    /** The domains the caller's authority's report emails may go to, such as {@code shire.gov.uk}. */
    List<String> allowedDomains();

    /**
     * @throws SubscriptionRefusedException for an address that is not valid or not in one of the authority's
     *     domains, a report that does not exist, a weekly email without a weekday from Monday to Friday, or the same
     *     report already going to that address
     */
    ReportSubscription subscribe(NewSubscription subscription);

    /** Stops the emails until resumed. @throws SubscriptionRefusedException for an unknown subscription */
    ReportSubscription pause(SubscriptionId id);

    /** Emails again from the next run after now. @throws SubscriptionRefusedException for an unknown one */
    ReportSubscription resume(SubscriptionId id);

    /** Ends the subscription. @throws SubscriptionRefusedException for an unknown subscription */
    void unsubscribe(SubscriptionId id);

    /**
     * What the unsubscribe link in an email would end, without signing in: the report's name and the address.
     *
     * @throws SubscriptionRefusedException for a link that is not valid (changed or cut short) or already used
     */
    String describeLink(String token);

    /**
     * Ends the subscription the unsubscribe link names, without signing in; audited as done by the link.
     *
     * @return what was ended, as {@link #describeLink} says it
     * @throws SubscriptionRefusedException as {@link #describeLink}
     */
    String unsubscribeByLink(String token);
}
