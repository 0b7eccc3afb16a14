package org.rollcall.extranet.live;

import org.rollcall.attendance.MarkRecorded;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallWrappedUp;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

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

    @TransactionalEventListener(fallbackExecution = true)
    void on(MarkRecorded mark) {
        broker.convertAndSend("/topic/authorities/" + mark.authorityId() + "/marks", new MarkEvent(
                mark.markId().toString(), mark.childId().toString(), mark.authorityId().toString(),
                mark.date().toString(), mark.session().name(), mark.code(), mark.category().name(),
                mark.callId() == null ? null : mark.callId().toString()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallOffered offered) {
        broker.convertAndSend(SubscriptionGuard.CALLS, new CallEvent("offered", offered.callId().toString(),
                offered.operatorId().toString(), "OFFERED", offered.provisionId().toString()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallProgressed progress) {
        broker.convertAndSend(SubscriptionGuard.CALLS, new CallEvent("progressed", progress.callId().toString(),
                progress.operatorId() == null ? null : progress.operatorId().toString(), progress.status().name(),
                progress.detail()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallWrappedUp wrapped) {
        broker.convertAndSend(SubscriptionGuard.CALLS, new CallEvent("wrapped-up", wrapped.callId().toString(),
                wrapped.operatorId().toString(), "DONE", wrapped.outcome().name()));
    }
}
