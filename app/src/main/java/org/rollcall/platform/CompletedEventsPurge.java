package org.rollcall.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes completed event publications past {@code rollcall.platform.completed-events-kept}. A school day completes
 * about 190,000 of them, which nothing reads once done; incomplete ones stay and are republished on restart. Runs
 * on every node: the delete is idempotent, so two nodes purging at once do no harm.
 */
@Component
class CompletedEventsPurge {

    private static final Logger log = LoggerFactory.getLogger(CompletedEventsPurge.class);

    private final CompletedEventPublications completed;
    private final PlatformProperties properties;

    CompletedEventsPurge(CompletedEventPublications completed, PlatformProperties properties) {
        this.completed = completed;
        this.properties = properties;
    }

    // The registry stamps completion with the application clock and purges by it, so a fast demo clock ages them
    // alike.
    @Scheduled(initialDelayString = "${rollcall.platform.completed-events-purge-interval:1h}",
            fixedDelayString = "${rollcall.platform.completed-events-purge-interval:1h}")
    void purge() {
        try {
            completed.deletePublicationsOlderThan(properties.completedEventsKept());
        } catch (RuntimeException e) {
            log.warn("Could not delete completed event publications; will try again at the next interval", e);
        }
    }
}
