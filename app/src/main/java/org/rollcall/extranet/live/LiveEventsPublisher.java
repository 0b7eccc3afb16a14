package org.rollcall.extranet.live;

import org.rollcall.attendance.MarkRecorded;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallWrappedUp;
import org.rollcall.platform.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/** Publishes committed call and mark events to STOMP topics. */
@Component
class LiveEventsPublisher {

    record CallEvent(String type, String callId, String operatorId, String status, String detail) {
    }

    record MarkEvent(String markId, String childId, String authorityId, String date, String session, String code,
                     String category, String callId) {
    }

    private final SimpMessagingTemplate broker;

    LiveEventsPublisher(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @EventListener
    void on(MarkRecorded mark) {
        AfterCommit.run(() -> {
            broker.convertAndSend("/topic/authorities/" + mark.authorityId() + "/marks", new MarkEvent(
                    mark.markId().toString(), mark.childId().toString(), mark.authorityId().toString(),
                    mark.date().toString(), mark.session().name(), mark.code(), mark.category().name(),
                    mark.callId() == null ? null : mark.callId().toString()));
        });
    }

    @EventListener
    void on(CallOffered offered) {
        AfterCommit.run(() -> {
            broker.convertAndSend(SubscriptionGuard.CALLS, new CallEvent("offered", offered.callId().toString(),
                    offered.operatorId().toString(), "OFFERED", offered.provisionId().toString()));
        });
    }

    @EventListener
    void on(CallProgressed progress) {
        AfterCommit.run(() -> {
            broker.convertAndSend(SubscriptionGuard.CALLS, new CallEvent("progressed", progress.callId().toString(),
                    progress.operatorId() == null ? null : progress.operatorId().toString(), progress.status().name(),
                    progress.detail()));
        });
    }

    @EventListener
    void on(CallWrappedUp wrapped) {
        AfterCommit.run(() -> {
            broker.convertAndSend(SubscriptionGuard.CALLS, new CallEvent("wrapped-up", wrapped.callId().toString(),
                    wrapped.operatorId().toString(), "DONE", wrapped.outcome().name()));
        });
    }
}
