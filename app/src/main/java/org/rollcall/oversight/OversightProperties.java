package org.rollcall.oversight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who saw which child (ADR 0033).
 *
 * @param auditRetentionMonths how long audit entries are kept; an export may not cover a longer period
 * @param viewDedupMinutes a child shown again to the same user on the same call within this many minutes is not
 *     audited again (a refresh is not a second look)
 */
@ConfigurationProperties("rollcall.oversight")
public record OversightProperties(@DefaultValue("24") int auditRetentionMonths,
                                  @DefaultValue("60") int viewDedupMinutes) {

    public OversightProperties {
        if (auditRetentionMonths < 1 || auditRetentionMonths > 1200) {
            throw new IllegalArgumentException("rollcall.oversight.audit-retention-months must be 1 to 1200, not "
                    + auditRetentionMonths);
        }
        if (viewDedupMinutes < 1) {
            throw new IllegalArgumentException("rollcall.oversight.view-dedup-minutes must be at least 1, not "
                    + viewDedupMinutes);
        }
    }
}
