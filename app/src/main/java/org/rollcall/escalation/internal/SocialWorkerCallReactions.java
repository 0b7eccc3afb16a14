package org.rollcall.escalation.internal;

import java.time.Clock;
import java.util.Optional;

import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.CallWrappedUp;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Step;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How social-worker calls went, after their wrap-up commits, like carer calls ({@link CallReactions}): no answer,
 * busy, failed, or answered without "Told" counts an attempt and queues the next after {@code carer-retry-delay};
 * after {@code carer-attempts} the social worker is emailed instead, and the timeline says so. A call-back asked for
 * is queued at that time without counting. "Told" ({@link JdbcSocialWorkerCallDesk}) has already settled it.
 */
@Component
class SocialWorkerCallReactions {

    private final CallLog calls;
    private final EscalationRows rows;
    private final SocialWorkerCalls queue;
    private final SocialWorkerNotices notices;
    private final EscalationSettings settings;
    private final Clock clock;

    SocialWorkerCallReactions(CallLog calls, EscalationRows rows, SocialWorkerCalls queue,
                              SocialWorkerNotices notices, EscalationSettings settings, Clock clock) {
        this.calls = calls;
        this.rows = rows;
        this.queue = queue;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CallWrappedUp wrapUp) {
        socialWorkerCall(wrapUp.callId()).ifPresent(call -> {
            Escalation e = rows.lock(new EscalationId(call.subject()));
            var due = rows.socialWorkerCall(e.id());
            if (due.isEmpty() || e.state() == EscalationState.WITHDRAWN) {
                return; // told already, or the mark corrected meanwhile
            }
            String who = call.operatorName() == null ? EscalationRows.ROLLCALL : call.operatorName();
            switch (wrapUp.outcome()) {
                case CALL_BACK -> {
                    rows.note(e.id(), who, Step.SOCIAL_WORKER_CALL_ATTEMPT, "The social worker asked to be called "
                            + "back; this call does not count as an attempt.");
                    if (!queue.again(e, call.attempt(), call.callbackAt())) {
                        emailInstead(e, due.get(), "their number is no longer on record");
                    }
                }
                case COMPLETED -> attemptFailed(e, due.get(), who, "answered, but not recorded as told");
                case NO_ANSWER -> attemptFailed(e, due.get(), who, "no answer");
                case BUSY -> attemptFailed(e, due.get(), who, "busy");
                case FAILED -> attemptFailed(e, due.get(), who, "the call failed");
            }
        });
    }

    /** A social-worker call the contact hours closed on before any operator was free: emailed instead. */
    @ApplicationModuleListener(condition = "#event.status().name() == 'MISSED'")
    void on(CallProgressed event) {
        socialWorkerCall(event.callId()).ifPresent(call -> {
            Escalation e = rows.lock(new EscalationId(call.subject()));
            rows.socialWorkerCall(e.id()).filter(due -> e.state() != EscalationState.WITHDRAWN).ifPresent(due ->
                    emailInstead(e, due, "no operator was free before contact hours ended"));
        });
    }

    private void attemptFailed(Escalation e, EscalationRows.SocialWorkerCallDue due, String who, String how) {
        int attempts = rows.countSocialWorkerAttempt(e.id());
        EscalationSettings.CarerHours own = settings.carerHours(e.authorityId());
        rows.note(e.id(), who, Step.SOCIAL_WORKER_CALL_ATTEMPT, "Attempt " + attempts + " of "
                + own.attempts() + " to reach the social worker: " + how + ".");
        if (attempts >= own.attempts()) {
            rows.socialWorkerCallDone(e.id());
            rows.note(e.id(), EscalationRows.ROLLCALL, Step.SOCIAL_WORKER_UNREACHABLE, "Could not reach the social "
                    + "worker by phone after " + attempts + " attempts; emailed instead.");
            notices.email(rows.find(e.id()).orElseThrow(), EscalationKinds.socialWorkerKind(due.kind()), due.carer());
        } else if (!queue.again(e, attempts + 1, clock.instant().plus(own.retryDelay()))) {
            emailInstead(e, due, "their number is no longer on record");
        }
    }

    private void emailInstead(Escalation e, EscalationRows.SocialWorkerCallDue due, String why) {
        rows.socialWorkerCallDone(e.id());
        rows.note(e.id(), EscalationRows.ROLLCALL, Step.SOCIAL_WORKER_UNREACHABLE, "Could not tell the social "
                + "worker by phone: " + why + "; emailed instead.");
        notices.email(rows.find(e.id()).orElseThrow(), EscalationKinds.socialWorkerKind(due.kind()), due.carer());
    }

    private Optional<CallSummary> socialWorkerCall(CallId id) {
        return calls.find(id).filter(c -> c.purpose() == CallPurpose.SOCIAL_WORKER && c.subject() != null);
    }
}
