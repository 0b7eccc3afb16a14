package org.rollcall.qa;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The qa module's settings.
 *
 * @param queueInterval how often today's calls are sampled into the review queue (opening the queue also does it)
 */
@ConfigurationProperties("rollcall.qa")
public record QaProperties(@DefaultValue("5m") Duration queueInterval) {

    public QaProperties {
        if (queueInterval == null || queueInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("rollcall.qa.queue-interval must be at least 1s, for example 5m, not "
                    + queueInterval + ": how often calls are sampled into the review queue");
        }
    }
}
