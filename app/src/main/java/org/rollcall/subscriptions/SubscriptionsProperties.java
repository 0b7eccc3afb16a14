package org.rollcall.subscriptions;

import java.time.Duration;
import java.time.LocalTime;

import org.rollcall.reports.ExportFormat;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param extranetUrl where authority users reach Rollcall: the report links and unsubscribe links start with it
 * @param sendAt when the day's emails go, after the afternoon register (weekly ones on their weekday, same time)
 * @param checkInterval how often each node looks for runs due
 * @param attachmentFormat the format of an attached report (when the authority allows attachments over TLS)
 * @param linkKey base64 key (32 bytes) that signs unsubscribe links; unset, one is generated under the data
 *     directory (set it in production, the same on every node, or links from one node fail on another)
 */
@ConfigurationProperties("rollcall.subscriptions")
public record SubscriptionsProperties(@DefaultValue("http://localhost:8080") String extranetUrl,
                                      @DefaultValue("16:30") LocalTime sendAt,
                                      @DefaultValue("1m") Duration checkInterval,
                                      @DefaultValue("PDF") ExportFormat attachmentFormat,
                                      String linkKey) {

    public SubscriptionsProperties {
        extranetUrl = extranetUrl == null || extranetUrl.isBlank() ? "http://localhost:8080"
                : extranetUrl.strip().replaceAll("/+$", "");
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("rollcall.subscriptions.check-interval must be positive, not "
                    + checkInterval);
        }
    }
}
