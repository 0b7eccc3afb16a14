package org.rollcall.escalation.internal;

import java.util.List;
import java.util.Optional;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkRecorded;
import org.rollcall.attendance.MarksRecorded;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.EscalationProperties;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens, follows and closes escalations as marks are recorded and corrected. Runs after the mark commits, in its
 * own transaction, and the event publication registry keeps the event until it completes; replaying one is
 * harmless because the escalation is unique per child, day and trigger and a mark already followed is skipped.
 */
@Component
class MarkReactions {

    private static final Logger log = LoggerFactory.getLogger(MarkReactions.class);

    private final Attendance attendance;
    private final EscalationRows rows;
    private final MarkWords words;
    private final NextSteps nextSteps;
    private final EscalationProperties properties;

    MarkReactions(Attendance attendance, EscalationRows rows, MarkWords words, NextSteps nextSteps,
                  EscalationProperties properties) {
        this.attendance = attendance;
        this.rows = rows;
        this.words = words;
        this.nextSteps = nextSteps;
        this.properties = properties;
    }

    /** A save's marks in one transaction: a child's AM and PM absences follow one escalation, as before. */
    @ApplicationModuleListener
    void on(MarksRecorded recorded) {
        recorded.marks().forEach(this::onMark);
    }

    private void onMark(MarkRecorded event) {
        List<Mark> history = attendance.history(event.childId(), event.date(), event.session());
        Optional<Mark> recorded = history.stream().filter(m -> m.id().equals(event.markId())).findFirst();
        if (recorded.isEmpty()) {
            log.warn("Mark {} of child {} not found; no escalation decided", event.markId(), event.childId());
            return;
        }
        Mark mark = recorded.get();
        react(mark, Trigger.UNAUTHORISED_ABSENCE, mark.category() == CodeCategory.UNAUTHORISED_ABSENCE);
        react(mark, Trigger.EXCLUSION, excludes(mark));
    }

    private void react(Mark mark, Trigger trigger, boolean triggers) {
        Optional<Escalation> existing = rows.lock(mark.childId(), mark.date(), trigger);
        if (existing.isEmpty()) {
            if (!triggers || open(mark, trigger)) {
                return;
            }
            // The other session's event opened it meanwhile (the insert waited for it to commit): follow that one.
            existing = rows.lock(mark.childId(), mark.date(), trigger);
        }
        Escalation e = existing.orElseThrow();
        if (rows.markId(e.id()).equals(mark.id())) {
            return; // this very mark was followed already: a replayed event
        }
        if (triggers) {
            rows.follow(e.id(), mark);
            if (e.state() == EscalationState.WITHDRAWN) {
                rows.state(e.id(), first(trigger));
                rows.note(e.id(), mark.recordedBy(), Step.REOPENED, "The school marked " + said(mark, trigger)
                        + " after all.");
                nextSteps.reopened(rows.find(e.id()).orElseThrow());
            } else {
                rows.note(e.id(), mark.recordedBy(), Step.MARK_CHANGED, "The school marked " + said(mark, trigger)
                        + ".");
            }
        } else if (!stillTriggered(mark, trigger) && e.state() != EscalationState.WITHDRAWN
                && !keptOffSite(e, mark)) {
            rows.follow(e.id(), mark);
            rows.state(e.id(), EscalationState.WITHDRAWN);
            rows.note(e.id(), mark.recordedBy(), Step.CLOSED_BY_CORRECTION, (unticked(mark, trigger)
                    ? "The \u201cexcluded\u201d tick was taken off: the mark is now " : "The school corrected the mark to ")
                    + words.mark(mark) + "; no " + trigger.label().toLowerCase(java.util.Locale.UK)
                    + " is left that day, so nothing more is done (messages already sent stand).");
            nextSteps.withdrawn(rows.find(e.id()).orElseThrow());
        }
    }

    /**
     * The school's B for a session the alternative provision said was missed (ADR 0028): B is what the school has,
     * not a correction of the absence, so the follow-up goes on.
     */
    private static boolean keptOffSite(Escalation e, Mark mark) {
        return ApAbsenceReactions.OFF_SITE.equals(e.code()) && ApAbsenceReactions.OFF_SITE.equals(mark.code());
    }

    /** Opens one for the mark; false when another event for the child's day opened it first. */
    private boolean open(Mark mark, Trigger trigger) {
        Optional<EscalationId> id = rows.open(mark, trigger, first(trigger));
        if (id.isEmpty()) {
            return false;
        }
        rows.note(id.get(), mark.recordedBy(), Step.OPENED, "The school marked " + said(mark, trigger) + ".");
        nextSteps.opened(rows.find(id.get()).orElseThrow());
        return true;
    }

    private static EscalationState first(Trigger trigger) {
        return trigger == Trigger.EXCLUSION ? EscalationState.LETTER_REQUESTED : EscalationState.CARER_CALL_DUE;
    }

    /** Whether another current mark of the child that day (the other session) still triggers. */
    private boolean stillTriggered(Mark corrected, Trigger trigger) {
        return attendance.currentMarks(corrected.authorityId(), corrected.date()).stream()
                .filter(m -> m.childId().equals(corrected.childId()) && !m.id().equals(corrected.id()))
                .anyMatch(m -> trigger == Trigger.EXCLUSION ? excludes(m)
                        : m.category() == CodeCategory.UNAUTHORISED_ABSENCE);
    }

    /** An exclusion code, or any code with the operator's "excluded" tick (the school says so whatever it marks). */
    private boolean excludes(Mark mark) {
        return properties.isExclusion(mark.code()) || mark.excluded();
    }

    /** The mark in words, saying when only the operator's tick makes it an exclusion. */
    private String said(Mark mark, Trigger trigger) {
        return trigger == Trigger.EXCLUSION && !properties.isExclusion(mark.code())
                ? words.mark(mark) + ", and the operator ticked \u201cexcluded\u201d" : words.mark(mark);
    }

    /** Whether the previous mark of this session was an exclusion only by its tick, and the tick is now off. */
    private boolean unticked(Mark mark, Trigger trigger) {
        if (trigger != Trigger.EXCLUSION) {
            return false;
        }
        List<Mark> history = attendance.history(mark.childId(), mark.date(), mark.session());
        int at = history.indexOf(mark);
        return at > 0 && history.get(at - 1).excluded() && !mark.excluded();
    }
}
