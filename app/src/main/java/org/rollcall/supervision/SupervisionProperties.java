package org.rollcall.supervision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pushInterval at most one push to open wallboards per this interval: changes in between are gathered into
 *     the next push, so a busy day does not flood the screens
 * @param refreshEvery open wallboards are refreshed this often even when nothing changed, so times in state move on
 * @param atRiskWithin a call not yet reached whose window closes within this time is shown "at risk"
 */
@ConfigurationProperties("rollcall.supervision")
public record SupervisionProperties(@DefaultValue("1s") Duration pushInterval,
                                    @DefaultValue("30s") Duration refreshEvery,
                                    @DefaultValue("15m") Duration atRiskWithin) {

    public SupervisionProperties {
        if (pushInterval.isNegative() || pushInterval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("rollcall.supervision.push-interval must be between 0 and 1m, not "
                    + pushInterval);
        }
        if (refreshEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("rollcall.supervision.refresh-every must be at least 1s, not "
                    + refreshEvery);
        }
        if (!atRiskWithin.isPositive()) {
            throw new IllegalArgumentException("rollcall.supervision.at-risk-within must be more than 0, not "
                    + atRiskWithin);
        }
    }
}
