package org.rollcall.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rollcall.attendance.MarkRecorded;
import org.rollcall.attendance.MarksRecorded;
import org.rollcall.directory.AuthorityId;
import org.rollcall.escalation.EscalationProperties;
import org.rollcall.webhooks.DeliveryId;
import org.rollcall.webhooks.WebhookEvent;
import org.rollcall.webhooks.WebhookProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns recorded marks (a save's, together) into deliveries for their authorities' subscriptions, in the listener's
 * own transaction after the marks commit; the event publication registry keeps the event until this completes, so a
 * crash loses nothing, and each event id (derived from the mark and the event) keeps a second run from adding
 * anything twice.
 */
@Component
class MarkWebhooks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcWebhooks store;
    private final DeliveryWorker worker;
    private final List<String> exclusionCodes;
    private final List<String> notOnRollCodes;
    private final Clock clock;

    MarkWebhooks(JdbcWebhooks store, DeliveryWorker worker, EscalationProperties escalation,
                 WebhookProperties properties, Clock clock) {
        this.store = store;
        this.worker = worker;
        this.exclusionCodes = escalation.exclusionCodes();
        this.notOnRollCodes = properties.notOnRollCodes();
        this.clock = clock;
    }

    /** A save's marks: each authority's subscriptions read once, the worker nudged once. */
    @ApplicationModuleListener
    void on(MarksRecorded recorded) {
        Map<AuthorityId, List<JdbcWebhooks.Stored>> subscriptions = new HashMap<>();
        boolean queued = false;
        for (MarkRecorded mark : recorded.marks()) {
            queued |= queue(mark, subscriptions.computeIfAbsent(mark.authorityId(), store::active));
        }
        if (queued) {
            worker.nudgeAfterCommit();
        }
    }

    /** Queues the mark's deliveries; whether any were. */
    private boolean queue(MarkRecorded mark, List<JdbcWebhooks.Stored> subscriptions) {
        if (subscriptions.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        boolean queued = false;
        Set<WebhookEvent> events = events(mark);
        for (WebhookEvent event : events) {
            UUID eventId = UUID.nameUUIDFromBytes((mark.markId() + "|" + event.type())
                    .getBytes(StandardCharsets.UTF_8));
            String body = body(eventId, event, mark, events.contains(WebhookEvent.EXCLUSION), now);
            for (var subscription : subscriptions) {
                if (subscription.events().contains(event.type())) {
                    store.enqueue(new DeliveryId(UUID.randomUUID()), subscription, eventId, event.type(), body, now);
                    queued = true;
                }
            }
        }
        return queued;
    }

    Set<WebhookEvent> events(MarkRecorded mark) {
        Set<WebhookEvent> events = EnumSet.of(WebhookEvent.MARK_RECORDED);
        if (mark.category().isAbsence()) {
            events.add(WebhookEvent.ABSENCE);
        }
        // An exclusion as escalation sees it: the code, or the operator's "excluded" tick on any mark.
        if (mark.excluded() || exclusionCodes.contains(mark.code())) {
            events.add(WebhookEvent.EXCLUSION);
        }
        if (notOnRollCodes.contains(mark.code())) {
            events.add(WebhookEvent.NOT_ON_ROLL);
        }
        return events;
    }

    /** Least data: ids, codes and the day; names and reasons stay behind the API, which audits who reads them. */
    private static String body(UUID eventId, WebhookEvent event, MarkRecorded mark, boolean excluded, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("markId", mark.markId().toString());
        data.put("childId", mark.childId().toString());
        data.put("date", mark.date().toString());
        data.put("session", mark.session().name());
        data.put("code", mark.code());
        data.put("category", mark.category().name());
        data.put("excluded", excluded);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId.toString());
        body.put("type", event.type());
        body.put("createdAt", now.toString());
        body.put("authorityId", mark.authorityId().toString());
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }
}
