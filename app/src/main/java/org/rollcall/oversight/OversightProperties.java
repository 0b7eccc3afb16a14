package org.rollcall.oversight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who saw which child (ADR 0033). How long audit entries are kept, and so the longest export, is the privacy
 * module's {@code rollcall.privacy.audit-retention-months}: one period, which its daily run enforces.
 *
 * @param viewDedupMinutes a child shown again to the same user on the same call within this many minutes is not
 *     audited again (a refresh is not a second look)
 */
@ConfigurationProperties("rollcall.oversight")
public record OversightProperties(@DefaultValue("60") int viewDedupMinutes) {

    public OversightProperties {
        if (viewDedupMinutes < 1) {
            throw new IllegalArgumentException("rollcall.oversight.view-dedup-minutes must be at least 1, not "
                    + viewDedupMinutes);
        }
    }
}
