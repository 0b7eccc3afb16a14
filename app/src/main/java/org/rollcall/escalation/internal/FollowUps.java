package org.rollcall.escalation.internal;

import org.rollcall.escalation.Escalation;
import org.springframework.stereotype.Component;

/** What is done once an escalation opens, opens again or is withdrawn, in the transaction that decided it. */
@Component
class FollowUps {

    void opened(Escalation escalation) {
        // carer calls (unauthorised absence) and the exclusion alert and letter request come next
    }

    void reopened(Escalation escalation) {
    }

    void withdrawn(Escalation escalation) {
    }
}
