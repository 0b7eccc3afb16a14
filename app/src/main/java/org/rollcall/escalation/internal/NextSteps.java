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

    NextSteps(CarerCallQueue carerCalls, CarerCalls queued, ExclusionRequests exclusions) {
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
    }
}
