package org.rollcall.escalation.internal;

import java.time.Clock;
import java.util.Optional;

import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
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
 * How carer calls went, after their wrap-up commits: no answer, busy or failed counts an attempt and queues the next
 * after the retry delay; after the set number of attempts the carer is unreachable and the social worker is told.
 * A call-back asked for is queued at that time without counting. The operator records a reason or a wrong number
 * during the call ({@link JdbcCarerCallDesk}), which has already moved the escalation on.
 */
@Component
class CallReactions {

    private final CallLog calls;
    private final EscalationRows rows;
    private final CarerCallQueue queue;
    private final SocialWorkerNotices notices;
    private final EscalationSettings settings;
    private final Clock clock;

    CallReactions(CallLog calls, EscalationRows rows, CarerCallQueue queue, SocialWorkerNotices notices,
                  EscalationSettings settings, Clock clock) {
        this.calls = calls;
        this.rows = rows;
        this.queue = queue;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CallWrappedUp wrapUp) {
        Optional<CallSummary> carerCall = carerCall(wrapUp.callId());
        if (carerCall.isEmpty()) {
            return;
        }
        CallSummary call = carerCall.get();
        Escalation e = rows.lock(new EscalationId(call.subject()));
        if (e.state() != EscalationState.CARER_CALL_DUE) {
            return; // reason heard, wrong number, or the mark corrected meanwhile
        }
        switch (wrapUp.outcome()) {
            case CALL_BACK -> {
                rows.note(e.id(), operator(call), Step.CARER_CALL_ATTEMPT, "The carer asked to be called back; "
                        + "this call does not count as an attempt.");
                queue.again(e, call.attempt(), call.callbackAt());
            }
            case COMPLETED -> attemptFailed(e, call, "answered, but no reason was recorded");
            case NO_ANSWER -> attemptFailed(e, call, "no answer");
            case BUSY -> attemptFailed(e, call, "busy");
            case FAILED -> attemptFailed(e, call, "the call failed");
        }
    }

    /** A carer call the window closed on before any operator was free. */
    @ApplicationModuleListener(condition = "#event.status().name() == 'MISSED'")
    void on(CallProgressed event) {
        carerCall(event.callId()).ifPresent(call -> {
            Escalation e = rows.lock(new EscalationId(call.subject()));
            if (e.state() == EscalationState.CARER_CALL_DUE) {
                rows.note(e.id(), EscalationRows.ROLLCALL, Step.CARER_UNREACHABLE, "No operator was free to call "
                        + "the carer before carer-contact hours ended.");
                notices.tell(rows.find(e.id()).orElseThrow(), "The carer could not be called: no operator was free "
                        + "before carer-contact hours ended, after " + e.carerAttempts() + " attempts that reached "
                        + "no one.");
            }
        });
    }

    private void attemptFailed(Escalation e, CallSummary call, String how) {
        int attempts = rows.countCarerAttempt(e.id());
        EscalationSettings.CarerHours own = settings.carerHours(e.authorityId());
        rows.note(e.id(), operator(call), Step.CARER_CALL_ATTEMPT, "Attempt " + attempts + " of "
                + own.attempts() + " to reach the carer: " + how + ".");
        if (attempts >= own.attempts()) {
            rows.note(e.id(), EscalationRows.ROLLCALL, Step.CARER_UNREACHABLE, "The carer could not be reached after "
                    + attempts + " attempts.");
            notices.tell(rows.find(e.id()).orElseThrow(), "The carer could not be reached after " + attempts
                    + " attempts.");
        } else {
            queue.again(e, attempts + 1, clock.instant().plus(own.retryDelay()));
        }
    }

    private Optional<CallSummary> carerCall(org.rollcall.calls.CallId id) {
        return calls.find(id).filter(c -> c.purpose() == CallPurpose.CARER && c.subject() != null);
    }

    private static String operator(CallSummary call) {
        return call.operatorName() == null ? EscalationRows.ROLLCALL : call.operatorName();
    }
}
