package org.rollcall.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of every message (set your own domain in production)
 * @param embeddedSmtpPort port of the embedded SMTP server used when spring.mail.host is unset; 0 picks a free one
 * @param pollInterval how often the worker looks for messages due (a queued message is also sent at once after its
 *     transaction commits)
 * @param maxAttempts attempts before a message is marked failed and shown to admins
 * @param initialDelay wait after the first failed attempt; each further wait is {@code multiplier} times longer
 * @param multiplier growth of the wait between attempts
 * @param maxDelay the longest wait between two attempts
 * @param allowSmtpWithoutTls start even though the configured relay is reached without TLS (never in production)
 */
@ConfigurationProperties("rollcall.notify")
public record NotifyProperties(@DefaultValue("Rollcall <rollcall@localhost.localdomain>") String from,
                               @DefaultValue("3025") int embeddedSmtpPort,
                               @DefaultValue("2s") Duration pollInterval,
                               @DefaultValue("10") int maxAttempts,
                               @DefaultValue("30s") Duration initialDelay,
                               @DefaultValue("2") double multiplier,
                               @DefaultValue("30m") Duration maxDelay,
                               @DefaultValue("false") boolean allowSmtpWithoutTls) {

    public NotifyProperties {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("rollcall.notify.max-attempts must be 1 to 100, not " + maxAttempts);
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("rollcall.notify.multiplier must be at least 1, not " + multiplier);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("rollcall.notify.max-delay (" + maxDelay + ") must be at least "
                    + "initial-delay (" + initialDelay + "), and neither negative");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("rollcall.notify.poll-interval must be positive, not " + pollInterval);
        }
        if (embeddedSmtpPort < 0 || embeddedSmtpPort > 65535) {
            throw new IllegalArgumentException("rollcall.notify.embedded-smtp-port must be 0 to 65535");
        }
    }
}
