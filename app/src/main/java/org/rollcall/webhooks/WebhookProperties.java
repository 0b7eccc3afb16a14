package org.rollcall.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowPrivateAddresses send to private, loopback, link-local and unique-local addresses (tests and the demo
 *     only, never in production: it would let an authority's user reach Rollcall's own network)
 * @param allowHttp accept http:// addresses as well as https:// (tests and the demo only)
 * @param connectTimeout how long to wait for a receiver to accept the connection
 * @param readTimeout how long to wait for its answer once the request is sent
 * @param pollInterval how often the worker looks for deliveries due (a new one is also sent at once after commit)
 * @param maxAttempts attempts before a delivery is marked failed (it can still be replayed)
 * @param initialDelay wait after the first failed attempt; each further wait is {@code multiplier} times longer
 * @param multiplier growth of the wait between attempts
 * @param maxDelay the longest wait between two attempts
 * @param maxSubscriptions subscriptions one authority may have
 * @param notOnRollCodes codes that say a child is not on roll (Z in both nations' sets)
 * @param concurrency deliveries sent at once on this node, on the worker's own threads, so a receiver that is slow
 *     to answer holds up neither other authorities' deliveries nor the application's executor
 */
@ConfigurationProperties("rollcall.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivateAddresses,
                                @DefaultValue("false") boolean allowHttp,
                                @DefaultValue("5s") Duration connectTimeout,
                                @DefaultValue("10s") Duration readTimeout,
                                @DefaultValue("2s") Duration pollInterval,
                                @DefaultValue("8") int maxAttempts,
                                @DefaultValue("30s") Duration initialDelay,
                                @DefaultValue("2") double multiplier,
                                @DefaultValue("1h") Duration maxDelay,
                                @DefaultValue("10") int maxSubscriptions,
                                @DefaultValue("Z") List<String> notOnRollCodes,
                                @DefaultValue("4") int concurrency) {

    public WebhookProperties {
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new IllegalArgumentException("rollcall.webhooks.max-attempts must be 1 to 50, not " + maxAttempts);
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("rollcall.webhooks.multiplier must be at least 1, not " + multiplier);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("rollcall.webhooks.max-delay (" + maxDelay + ") must be at least "
                    + "initial-delay (" + initialDelay + "), and neither negative");
        }
        for (Duration d : List.of(pollInterval, connectTimeout, readTimeout)) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("rollcall.webhooks poll-interval, connect-timeout and "
                        + "read-timeout must be positive, not " + d);
            }
        }
        if (concurrency < 1 || concurrency > 32) {
            throw new IllegalArgumentException("rollcall.webhooks.concurrency must be 1 to 32, not " + concurrency);
        }
        if (maxSubscriptions < 1) {
            throw new IllegalArgumentException("rollcall.webhooks.max-subscriptions must be at least 1");
        }
    }

    /** The wait before the next attempt: exponential from the initial delay, capped (as the notify outbox waits). */
    public Duration delayAfter(int failedAttempts) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
    }
}
