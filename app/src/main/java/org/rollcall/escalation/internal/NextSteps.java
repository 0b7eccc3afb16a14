package org.rollcall.escalation.internal;

import org.rollcall.calls.CarerCalls;
import org.rollcall.escalation.Escalation;
import org.springframework.stereotype.Component;

/** What is done once an escalation opens, opens again or is withdrawn, in the transaction that decided it. */
@Component
class NextSteps {

    private final CarerCallQueue carerCalls;
    private final CarerCalls queued;
    private final ExclusionRequests exclusions;
    private final EscalationRows rows;

    NextSteps(CarerCallQueue carerCalls, CarerCalls queued, ExclusionRequests exclusions, EscalationRows rows) {
        this.rows = rows;
        this.carerCalls = carerCalls;
        this.queued = queued;
        this.exclusions = exclusions;
    }

    void opened(Escalation escalation) {
        switch (escalation.trigger()) {
            case UNAUTHORISED_ABSENCE -> carerCalls.first(escalation);
            case EXCLUSION -> exclusions.opened(escalation);
        }
    }

    void reopened(Escalation escalation) {
        opened(escalation);
    }

    void withdrawn(Escalation escalation) {
        queued.cancel(escalation.id().value(), "no longer needed: the school corrected the mark");
        // A social-worker call still on a line when the mark was corrected must not count, or be retried, later.
        rows.socialWorkerCallDone(escalation.id());
    }
}
