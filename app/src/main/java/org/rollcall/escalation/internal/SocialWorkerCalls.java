package org.rollcall.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CarerCalls;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.Directory;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.Trigger;
import org.rollcall.notify.MessageKind;
import org.springframework.stereotype.Component;

/**
 * Social workers told by a call, at authorities that prefer it: a call of its own purpose in the dialler's queue, in
 * the carer-contact hours ({@link ContactHours}), offered in the school calls' slack like a carer call. What it is to
 * say is kept on the escalation until the social worker is told, by the operator ("Told") or, when they cannot be
 * reached, by email ({@link SocialWorkerCallReactions}).
 */
@Component
class SocialWorkerCalls {

    private final CarerCalls calls;
    private final Directory directory;
    private final EscalationRows rows;
    private final ContactHours hours;
    private final EscalationSettings settings;
    private final Clock clock;

    SocialWorkerCalls(CarerCalls calls, Directory directory, EscalationRows rows, ContactHours hours,
                      EscalationSettings settings, Clock clock) {
        this.calls = calls;
        this.directory = directory;
        this.rows = rows;
        this.hours = hours;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues the first call to tell the social worker the message of {@code kind}; false when they have no number
     * that can be dialled, having said why on the timeline (the caller emails instead).
     *
     * @param carer what is said of the carer (the absence notice), or null
     * @param what what the timeline says they are to be told
     */
    boolean first(Escalation e, MessageKind kind, String carer, String what) {
        Worker worker = worker(e);
        if (worker.phone() == null) {
            rows.note(e.id(), EscalationRows.ROLLCALL, Step.SOCIAL_WORKER_NO_PHONE, "The authority prefers to tell "
                    + "the social worker by phone, but " + worker.problem() + " Emailing instead.");
            return false;
        }
        rows.socialWorkerCallDue(e.id(), kind.code(), carer);
        if (e.trigger() == Trigger.UNAUTHORISED_ABSENCE) {
            rows.state(e.id(), EscalationState.SOCIAL_WORKER_CALL_DUE); // an exclusion stays waiting for its letter
        }
        queue(e, worker, 1, clock.instant(), " to tell them: " + what);
        return true;
    }

    /** Another attempt, no earlier than {@code earliest}; false when the number is no longer on record. */
    boolean again(Escalation e, int attempt, Instant earliest) {
        Worker worker = worker(e);
        if (worker.phone() == null) {
            return false;
        }
        queue(e, worker, attempt, earliest, ".");
        return true;
    }

    private void queue(Escalation e, Worker worker, int attempt, Instant earliest, String then) {
        EscalationSettings.CarerHours own = settings.carerHours(e.authorityId());
        ContactHours.Slot slot = hours.slot(earliest, own);
        calls.queue(CallPurpose.SOCIAL_WORKER, e.id().value(), e.provisionId(), slot.day(), worker.phone(),
                slot.due(), slot.closes(), attempt);
        rows.note(e.id(), EscalationRows.ROLLCALL, Step.SOCIAL_WORKER_CALL_QUEUED, "Call " + attempt + " of "
                + own.attempts() + " to the social worker, " + worker.name() + ", on "
                + MarkWords.phone(worker.phone()) + ", queued for operators from " + hours.when(slot)
                + " (social workers are called in carer-contact hours, " + own.hours() + ")" + then);
    }

    /** The child's social worker, with a number that can be dialled, or why there is none. */
    Worker worker(Escalation e) {
        ChildRecord child = directory.childRecord(e.childId()).orElseThrow();
        Optional<ChildRecord.Contact> worker = child.contacts().stream()
                .filter(c -> c.role() == ContactRole.SOCIAL_WORKER)
                .filter(c -> c.phone() != null && !c.phone().isBlank()).findFirst()
                .or(() -> child.contacts().stream().filter(c -> c.role() == ContactRole.SOCIAL_WORKER).findFirst());
        if (worker.isEmpty()) {
            return new Worker(null, null, "no social worker is on record for the child.");
        }
        String name = worker.get().name();
        String phone = worker.get().phone();
        if (phone == null || phone.isBlank()) {
            return new Worker(name, null, "no phone number is on record for the social worker, " + name + ".");
        }
        try {
            return new Worker(name, UkPhoneNumber.parse(phone), null);
        } catch (IllegalArgumentException bad) {
            return new Worker(name, null, "the social worker's number on record, '" + phone + "', cannot be "
                    + "dialled.");
        }
    }

    /** {@code phone} is null when the social worker cannot be called, and {@code problem} says why. */
    record Worker(String name, UkPhoneNumber phone, String problem) {
    }
}
