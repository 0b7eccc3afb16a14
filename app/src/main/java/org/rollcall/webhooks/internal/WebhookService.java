package org.rollcall.webhooks.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.directory.AuthorityId;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;
import org.rollcall.webhooks.DeliveryId;
import org.rollcall.webhooks.SubscriptionId;
import org.rollcall.webhooks.WebhookEvent;
import org.rollcall.webhooks.WebhookProperties;
import org.rollcall.webhooks.WebhookRefusedException;
import org.rollcall.webhooks.Webhooks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authority users manage their own authority's webhooks; the authority is always the caller's (ADR 0022). */
@Service
class WebhookService implements Webhooks {

    private static final String EVENTS = java.util.Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type)
            .collect(Collectors.joining(", "));

    private final Accounts accounts;
    private final AuditLog audit;
    private final JdbcWebhooks store;
    private final AddressGuard guard;
    private final DeliveryWorker worker;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookService(Accounts accounts, AuditLog audit, JdbcWebhooks store, AddressGuard guard, DeliveryWorker worker,
                   WebhookProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.store = store;
        this.guard = guard;
        this.worker = worker;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public NewSubscription subscribe(String url, Collection<String> events) {
        Caller caller = accounts.caller();
        AuthorityId authority = authority(caller);
        List<String> types = List.copyOf(events(events));
        String address = guard.check(url).toString();
        if (store.active(authority).size() >= properties.maxSubscriptions()) {
            throw new WebhookRefusedException("this authority already has " + properties.maxSubscriptions()
                    + " webhook subscriptions, the most allowed: delete one first");
        }
        var stored = new JdbcWebhooks.Stored(new SubscriptionId(UUID.randomUUID()), authority, address, types,
                Signatures.newSecret(), caller.name(), clock.instant());
        store.insert(stored);
        audit.record(caller.name(), "WEBHOOK_SUBSCRIBED", "webhook", stored.id().toString(),
                address + " for " + String.join(", ", types));
        return new NewSubscription(view(stored), stored.secret());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AUTHORITY')")
    public List<Subscription> subscriptions() {
        return store.active(authority(accounts.caller())).stream().map(WebhookService::view).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public void unsubscribe(SubscriptionId id) {
        Caller caller = accounts.caller();
        if (!store.delete(id, authority(caller), caller.name(), clock.instant())) {
            throw new NoSuchElementException("this authority has no webhook subscription " + id);
        }
        audit.record(caller.name(), "WEBHOOK_DELETED", "webhook", id.toString(), null);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AUTHORITY')")
    public Page<Delivery> deliveries(PageRequest page) {
        AuthorityId authority = authority(accounts.caller());
        return Page.of(store.deliveries(authority, page.offset(), page.size()), page,
                store.countDeliveries(authority));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public Delivery replay(DeliveryId id) {
        Caller caller = accounts.caller();
        // Another authority's delivery is answered as missing: its existence is not theirs to learn.
        Delivery delivery = store.findForReplay(id, authority(caller)).orElseThrow(() ->
                new NoSuchElementException("this authority has no webhook delivery " + id));
        if (!store.subscriptionActive(delivery.subscriptionId())) {
            throw new WebhookRefusedException("delivery " + id + " belongs to a deleted subscription: subscribe "
                    + "the address again to receive new events");
        }
        store.replay(id, caller.name(), clock.instant());
        audit.record(caller.name(), "WEBHOOK_REPLAYED", "webhook-delivery", id.toString(), delivery.event());
        worker.nudgeAfterCommit();
        return store.delivery(id).orElseThrow();
    }

    private static AuthorityId authority(Caller caller) {
        if (caller.authorityId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("webhooks belong to an authority: "
                    + "only its own users manage them");
        }
        return caller.authorityId();
    }

    private static Set<String> events(Collection<String> events) {
        if (events == null || events.isEmpty()) {
            throw new WebhookRefusedException("events is missing: name one or more of " + EVENTS);
        }
        Set<String> types = new LinkedHashSet<>();
        for (String event : events) {
            String type = event == null ? "" : event.strip();
            if (WebhookEvent.ofType(type).isEmpty()) {
                throw new WebhookRefusedException("event '" + event + "' is not one Rollcall sends: use "
                        + EVENTS);
            }
            types.add(type);
        }
        return types;
    }

    private static Subscription view(JdbcWebhooks.Stored s) {
        return new Subscription(s.id().toString(), s.url(), s.events(), s.createdBy(), s.createdAt());
    }
}
