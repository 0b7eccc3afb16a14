package org.rollcall.subscriptions.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.rollcall.platform.EmailAddress;
import org.rollcall.subscriptions.SubscriptionRefusedException;

/**
 * The address rules: a valid address ({@link EmailAddress}) whose domain is exactly one of the authority's, in any
 * case. Exact, so neither {@code la.gov.uk.evil.com} nor {@code evil-la.gov.uk} nor a subdomain passes for
 * {@code la.gov.uk}.
 */
final class AllowedDomains {

    private AllowedDomains() {
    }

    /** @return the address in lower case, as stored */
    static String check(String address, Collection<String> domains) {
        EmailAddress parsed;
        try {
            parsed = EmailAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new SubscriptionRefusedException(e.getMessage());
        }
        String lower = parsed.value().toLowerCase(Locale.ROOT);
        String domain = lower.substring(lower.indexOf('@') + 1);
        if (domains.isEmpty()) {
            throw new SubscriptionRefusedException("Your authority has no email domains for report emails yet: ask "
                    + "Rollcall's administrators to add yours (such as your-council.gov.uk)");
        }
        if (!domains.contains(domain)) {
            throw new SubscriptionRefusedException("Report emails go only to your authority's addresses: " + lower
                    + " is not in " + (domains.size() == 1 ? "its domain " : "one of its domains ")
                    + String.join(", ", domains.stream().sorted().toList()));
        }
        return lower;
    }

    /** A domain as stored: lower case, and valid as the part of an address after the @. */
    static String domain(String text) {
        String domain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (domain.startsWith("@")) {
            domain = domain.substring(1);
        }
        try {
            new EmailAddress("name@" + domain);
        } catch (IllegalArgumentException e) {
            throw new SubscriptionRefusedException("'" + text + "' is not an email domain: give one such as "
                    + "your-council.gov.uk");
        }
        return domain;
    }

    static List<String> domains(Collection<String> texts) {
        return texts.stream().map(AllowedDomains::domain).distinct().sorted().toList();
    }
}
