package org.rollcall.webhooks.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.rollcall.webhooks.WebhookProperties;
import org.rollcall.webhooks.WebhookRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one due delivery per call, in one transaction: lock the row (SKIP LOCKED), check the address again, POST,
 * record the outcome, commit, as the notify outbox does (ADR 0016). A crash after the receiver answered and before
 * the commit sends it once more with the same event id, which receivers use to ignore a repeat.
 */
@Component
class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final int MAX_ERROR = 500;

    private final JdbcWebhooks store;
    private final AddressGuard guard;
    private final WebhookClient client;
    private final WebhookProperties properties;
    private final Clock clock;

    DeliverySender(JdbcWebhooks store, AddressGuard guard, WebhookClient client, WebhookProperties properties,
                   Clock clock) {
        this.store = store;
        this.guard = guard;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return false when nothing is due (or every due delivery is being sent by another worker) */
    @Transactional
    public boolean sendNext() {
        Optional<JdbcWebhooks.Due> claimed = store.claimDue(clock.instant());
        if (claimed.isEmpty()) {
            return false;
        }
        JdbcWebhooks.Due d = claimed.get();
        if (d.secret() == null) {
            store.attemptFailed(d.id(), clock.instant(), null, null, "subscription deleted before it was sent");
            return true;
        }
        URI url = URI.create(d.url());
        try {
            guard.checkResolved(url);
        } catch (WebhookRefusedException e) {
            // The host now resolves somewhere Rollcall never sends: not retried, replayable once it is fixed.
            store.attemptFailed(d.id(), clock.instant(), null, null, "refused: " + e.getMessage());
            log.warn("Webhook delivery {} refused before sending: {}", d.id(), e.getMessage());
            return true;
        }
        Instant sentAt = clock.instant();
        int status;
        try {
            status = client.post(url, d.body(), Map.of(Signatures.HEADER,
                    Signatures.header(d.secret(), sentAt.getEpochSecond(), d.body()),
                    "Rollcall-Event-Id", d.eventId().toString(), "Rollcall-Event-Type", d.event(),
                    "Rollcall-Delivery-Id", d.id().toString()));
        } catch (HttpTimeoutException e) {
            failed(d, null, "no answer within the timeout (" + e.getMessage() + ")");
            return true;
        } catch (IOException e) {
            failed(d, null, "could not reach the receiver: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(d, null, "interrupted while sending (Rollcall was stopping)");
            return false;
        }
        if (status >= 200 && status < 300) {
            store.delivered(d.id(), clock.instant(), status);
        } else {
            failed(d, status, "the receiver answered " + status + (status >= 300 && status < 400
                    ? " (a redirect, which Rollcall does not follow: subscribe the final address)" : ""));
        }
        return true;
    }

    private void failed(JdbcWebhooks.Due d, Integer status, String error) {
        Instant now = clock.instant();
        int attempts = d.attempts() + 1;
        Instant next = attempts >= properties.maxAttempts() ? null : now.plus(properties.delayAfter(attempts));
        String shown = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) + "…" : error;
        store.attemptFailed(d.id(), now, next, status, shown);
        log.info("Webhook delivery {} failed (attempt {} of {}){}: {}", d.id(), attempts, properties.maxAttempts(),
                next == null ? ", given up" : ", next at " + next, shown);
    }
}
