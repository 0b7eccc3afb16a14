package org.rollcall.webhooks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;

import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;

/**
 * An authority user's webhooks: subscriptions and the delivery log of their own authority only (ADR 0022). Another
 * authority's subscription or delivery is answered as if it did not exist.
 */
public interface Webhooks {

    /**
     * Subscribes an https address to events; the signing secret is in the answer, and never shown again.
     *
     * @throws WebhookRefusedException for an address that is not https, has no host, cannot be resolved or resolves
     *     to a private, loopback, link-local or unique-local address; an unknown or missing event; or too many
     *     subscriptions
     */
    NewSubscription subscribe(String url, Collection<String> events);

    /** The caller's authority's subscriptions, oldest first, without their secrets. */
    List<Subscription> subscriptions();

    /** Stops a subscription; its deliveries still waiting are not sent. */
    void unsubscribe(SubscriptionId id) throws NoSuchElementException;

    /** The caller's authority's deliveries, newest first. */
    Page<Delivery> deliveries(PageRequest page);

    /** Sends a delivery again (same event id and body, a new signature), whatever its status. */
    Delivery replay(DeliveryId id) throws NoSuchElementException;

    record Subscription(String id, String url, List<String> events, String createdBy, Instant createdAt) {
    }

    /** @param secret signs every delivery (HMAC-SHA256 over "timestamp.body"); shown only here */
    record NewSubscription(Subscription subscription, String secret) {
    }

    /**
     * One event for one subscription, as the log shows it.
     *
     * @param status PENDING (waiting for its next attempt), DELIVERED (answered 2xx) or FAILED (gave up)
     * @param lastStatusCode the receiver's HTTP status on the last attempt; null when none came back
     * @param lastError why the last attempt failed; null after a success
     */
    record Delivery(String id, String subscriptionId, String eventId, String event, String url, String status,
                    int attempts, Integer lastStatusCode, String lastError, Instant createdAt, Instant lastAttemptAt,
                    Instant nextAttemptAt, Instant deliveredAt, String replayedBy, Instant replayedAt) {
    }
}
