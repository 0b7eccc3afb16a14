package org.rollcall.escalation.internal;

import java.time.Clock;
import java.util.Optional;

import org.rollcall.apattendance.AbsentAtAlternativeProvision;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.Trigger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An unauthorised absence at an alternative provision (ADR 0028) starts the same carer and social-worker follow-up
 * as an unauthorised mark (ADR 0017): the escalation is opened as if the school's B for that session had been the
 * absence, with the AP and its reason as what was said. One per child and day, as ever: a replayed event, or a mark
 * that opened one already, adds nothing. The school's own correction later follows or withdraws it as usual.
 */
@Component
class ApAbsenceReactions {

    /** The register code of a child educated off site: what the on-roll school has for the session. */
    static final String OFF_SITE = "B";

    private final EscalationRows rows;
    private final NextSteps nextSteps;
    private final Clock clock;

    ApAbsenceReactions(EscalationRows rows, NextSteps nextSteps, Clock clock) {
        this.rows = rows;
        this.nextSteps = nextSteps;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AbsentAtAlternativeProvision event) {
        if (!event.unauthorised()) {
            return;
        }
        String said = "absent at " + event.apName() + ": " + event.reason();
        Mark standIn = new Mark(event.id().value(), event.child(), event.authority(), event.alternativeProvision(),
                event.date(), Session.valueOf(event.half().name()), null, OFF_SITE,
                CodeCategory.UNAUTHORISED_ABSENCE, said, null, null, event.recordedBy(), clock.instant(), null, false);
        Optional<EscalationId> id = rows.open(standIn, Trigger.UNAUTHORISED_ABSENCE, EscalationState.CARER_CALL_DUE);
        if (id.isEmpty()) {
            return; // already followed up that day
        }
        rows.note(id.get(), event.recordedBy(), Step.OPENED, event.apName() + " (alternative provision) said the "
                + "child was absent for the " + event.half().label() + " of " + MarkWords.DAY.format(event.date())
                + ", giving the reason \u201c" + event.reason() + "\u201d; the school's register shows B (educated "
                + "off site) for it.");
        nextSteps.opened(rows.find(id.get()).orElseThrow());
    }
}
