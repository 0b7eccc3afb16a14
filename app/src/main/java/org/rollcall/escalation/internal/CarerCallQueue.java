package org.rollcall.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.rollcall.calls.CarerCalls;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.ContactId;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.Directory;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.Step;
import org.springframework.stereotype.Component;

/**
 * Puts carer calls in the dialler's queue, inside the child's authority's carer-contact hours: due at once when it is
 * within them, at their start when earlier, and the next day's start when later. A carer without a usable phone
 * number is not called: the social worker is told straight away, saying why.
 */
@Component
class CarerCallQueue {

    private final CarerCalls calls;
    private final Directory directory;
    private final EscalationRows rows;
    private final SocialWorkerNotices notices;
    private final EscalationSettings settings;
    private final ContactHours hours;
    private final Clock clock;

    CarerCallQueue(CarerCalls calls, Directory directory, EscalationRows rows, SocialWorkerNotices notices,
                   EscalationSettings settings, ContactHours hours, Clock clock) {
        this.calls = calls;
        this.directory = directory;
        this.rows = rows;
        this.notices = notices;
        this.settings = settings;
        this.hours = hours;
        this.clock = clock;
    }

    /** The first call, or the social worker told at once when the carer cannot be called. */
    void first(Escalation e) {
        Carer carer = carer(e);
        if (carer.phone() == null) {
            rows.note(e.id(), EscalationRows.ROLLCALL, Step.CARER_NO_PHONE, carer.problem());
            notices.tell(rows.find(e.id()).orElseThrow(), "Rollcall did not call the carer: " + carer.problem());
            return;
        }
        queue(e, carer, 1, clock.instant());
    }

    /** Another attempt, no earlier than {@code earliest}. */
    void again(Escalation e, int attempt, Instant earliest) {
        Carer carer = carer(e);
        if (carer.phone() == null) {
            rows.note(e.id(), EscalationRows.ROLLCALL, Step.CARER_NO_PHONE, carer.problem());
            notices.tell(rows.find(e.id()).orElseThrow(), "Rollcall could not call the carer again: "
                    + carer.problem());
            return;
        }
        queue(e, carer, attempt, earliest);
    }

    private void queue(Escalation e, Carer carer, int attempt, Instant earliest) {
        EscalationSettings.CarerHours own = settings.carerHours(e.authorityId());
        ContactHours.Slot slot = hours.slot(earliest, own);
        calls.queue(e.id().value(), e.provisionId(), slot.day(), carer.phone(), slot.due(), slot.closes(), attempt);
        rows.note(e.id(), EscalationRows.ROLLCALL, Step.CARER_CALL_QUEUED, "Call " + attempt + " of "
                + own.attempts() + " to the carer, " + carer.name() + ", on "
                + MarkWords.phone(carer.phone()) + ", queued for operators from " + hours.when(slot)
                + " (carers are called " + own.hours() + ").");
    }

    /** The child's carer on record, with a phone number that can be dialled, or why there is none. */
    Carer carer(Escalation e) {
        ChildRecord child = directory.childRecord(e.childId()).orElseThrow();
        Optional<ChildRecord.Contact> carer = child.contacts().stream().filter(c -> c.role() == ContactRole.CARER)
                .filter(c -> c.phone() != null && !c.phone().isBlank()).findFirst()
                .or(() -> child.contacts().stream().filter(c -> c.role() == ContactRole.CARER).findFirst());
        if (carer.isEmpty()) {
            return new Carer(null, null, null, "no carer is on record for the child.");
        }
        String name = carer.get().name();
        String phone = carer.get().phone();
        if (phone == null || phone.isBlank()) {
            return new Carer(carer.get().id(), name, null, "no phone number is on record for the carer, " + name
                    + "; their contact details need updating.");
        }
        try {
            return new Carer(carer.get().id(), name, UkPhoneNumber.parse(phone), null);
        } catch (IllegalArgumentException bad) {
            return new Carer(carer.get().id(), name, null, "the carer's number on record, '" + phone + "', cannot be dialled; "
                    + "their contact details need updating.");
        }
    }

    /** {@code phone} is null when the carer cannot be called, and {@code problem} says why; no contact, no carer. */
    record Carer(ContactId contact, String name, UkPhoneNumber phone, String problem) {
    }
}
