package org.rollcall.extranet.live;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import org.rollcall.attendance.MarkRecorded;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallWrappedUp;
import org.rollcall.platform.AfterCommit;
import org.rollcall.platform.NodeNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes committed call and mark events to STOMP topics. Each node's broker serves its own subscribers, so every
 * event also goes to the other app nodes as a notice carrying the message ({@link NodeNotices}), and each node
 * publishes what the others heard to its own subscribers.
 */
@Component
class LiveEventsPublisher {

    private static final Logger log = LoggerFactory.getLogger(LiveEventsPublisher.class);
    private static final String TOPIC = "live";
    // PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; an event is a few hundred.
    private static final int LARGEST_NOTICE = 7_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record CallEvent(String type, String callId, String operatorId, String status, String detail) {
    }

    record MarkEvent(String markId, String childId, String authorityId, String date, String session, String code,
                     String category, String callId) {
    }

    private final SimpMessagingTemplate broker;
    private final NodeNotices otherNodes;

    LiveEventsPublisher(SimpMessagingTemplate broker, NodeNotices otherNodes) {
        this.broker = broker;
        this.otherNodes = otherNodes;
        otherNodes.listen(TOPIC, this::heardElsewhere);
    }

    @EventListener
    void on(MarkRecorded mark) {
        publish("/topic/authorities/" + mark.authorityId() + "/marks", new MarkEvent(
                mark.markId().toString(), mark.childId().toString(), mark.authorityId().toString(),
                mark.date().toString(), mark.session().name(), mark.code(), mark.category().name(),
                mark.callId() == null ? null : mark.callId().toString()));
    }

    @EventListener
    void on(CallOffered offered) {
        publish(SubscriptionGuard.CALLS, new CallEvent("offered", offered.callId().toString(),
                offered.operatorId().toString(), "OFFERED", offered.provisionId().toString()));
    }

    @EventListener
    void on(CallProgressed progress) {
        publish(SubscriptionGuard.CALLS, new CallEvent("progressed", progress.callId().toString(),
                progress.operatorId() == null ? null : progress.operatorId().toString(), progress.status().name(),
                progress.detail()));
    }

    @EventListener
    void on(CallWrappedUp wrapped) {
        publish(SubscriptionGuard.CALLS, new CallEvent("wrapped-up", wrapped.callId().toString(),
                wrapped.operatorId().toString(), "DONE", wrapped.outcome().name()));
    }

    private void publish(String destination, Record event) {
        String notice = destination + " " + JSON.writeValueAsString(event);
        if (notice.getBytes(StandardCharsets.UTF_8).length <= LARGEST_NOTICE) {
            otherNodes.send(TOPIC, notice);
        } else {
            log.warn("A live event to {} is too large for the other nodes ({} bytes); only this node's "
                    + "subscribers hear it", destination, notice.getBytes(StandardCharsets.UTF_8).length);
        }
        AfterCommit.run(() -> broker.convertAndSend(destination, event));
    }

    /** Another node's event, as that node published it: same destination, same JSON. */
    private void heardElsewhere(String notice) {
        int space = notice.indexOf(' ');
        if (space > 0) {
            Object event = JSON.readValue(notice.substring(space + 1), LinkedHashMap.class);
            broker.convertAndSend(notice.substring(0, space), event);
        }
    }
}
