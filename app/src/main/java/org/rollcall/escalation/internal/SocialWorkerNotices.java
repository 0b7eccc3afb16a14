package org.rollcall.escalation.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.directory.Directory;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.EscalationProperties;
import org.rollcall.escalation.SocialWorkerChannel;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.Trigger;
import org.rollcall.platform.EmailAddress;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.springframework.stereotype.Component;

/**
 * Tells the child's social worker, as the authority prefers: by a call ({@link SocialWorkerCalls}) when it chose
 * calls and the social worker has a number, else by email, through the outbox in the caller's transaction, so the
 * notice is sent exactly when the decision commits. No valid social worker email on record: the authority's duty
 * address, and the timeline says why. Neither: the escalation waits as "nobody to tell" for someone to add one.
 */
@Component
class SocialWorkerNotices {

    private final Notifications notifications;
    private final Directory directory;
    private final EscalationSettings settings;
    private final EscalationRows rows;
    private final MarkWords words;
    private final EscalationProperties properties;
    private final ContactsToUpdate contacts;
    private final SocialWorkerCalls calls;

    SocialWorkerNotices(Notifications notifications, Directory directory, EscalationSettings settings,
                        EscalationRows rows, MarkWords words, EscalationProperties properties,
                        ContactsToUpdate contacts, SocialWorkerCalls calls) {
        this.contacts = contacts;
        this.calls = calls;
        this.properties = properties;
        this.notifications = notifications;
        this.directory = directory;
        this.settings = settings;
        this.rows = rows;
        this.words = words;
    }

    /** The unauthorised-absence notice; {@code carer} says what the carer said or why they were not reached. */
    void tell(Escalation e, String carer) {
        tell(e, EscalationKinds.SOCIAL_WORKER_NOTICE, carer);
    }

    /** The immediate alert when a child is excluded; the escalation stays as it is (waiting for the letter). */
    void alertExclusion(Escalation e) {
        tell(e, EscalationKinds.EXCLUSION_ALERT, null);
    }

    private void tell(Escalation e, MessageKind kind, String carer) {
        if (settings.get(e.authorityId()).socialWorkerChannel() == SocialWorkerChannel.CALL
                && calls.first(e, kind, carer, what(kind, carer))) {
            return;
        }
        email(e, kind, carer);
    }

    /** By email whatever the authority prefers: at once, or once the social worker could not be reached by phone. */
    void email(Escalation e, MessageKind kind, String carer) {
        boolean notice = kind.equals(EscalationKinds.SOCIAL_WORKER_NOTICE);
        send(e, kind, notice ? Map.of("carer", carer) : Map.of(), notice ? EscalationState.SOCIAL_WORKER_TOLD
                : e.state(), what(kind, carer));
    }

    /** What the timeline says the social worker is told. */
    static String what(MessageKind kind, String carer) {
        return kind.equals(EscalationKinds.SOCIAL_WORKER_NOTICE) ? carer : "the child was excluded.";
    }

    /** The message's values, as an email or a social-worker call says them. */
    Map<String, String> values(Escalation e, MessageKind kind, String carer) {
        return values(e, directory.childRecord(e.childId()).orElseThrow(),
                kind.equals(EscalationKinds.SOCIAL_WORKER_NOTICE) ? Map.of("carer", carer) : Map.of());
    }

    private void send(Escalation e, MessageKind kind, Map<String, String> more, EscalationState after,
                      String what) {
        ChildRecord child = directory.childRecord(e.childId()).orElseThrow();
        Map<String, String> values = values(e, child, more);
        Recipient to = recipient(e, child, kind, values);
        if (to == null) {
            if (after != e.state()) {
                rows.state(e.id(), EscalationState.NOBODY_TO_TELL); // waits for someone to add an address
            }
            rows.note(e.id(), EscalationRows.ROLLCALL, Step.NOBODY_TO_TELL, "Nobody could be told that " + what
                    + " No valid social worker email and no duty address are on record: add the child's social "
                    + "worker, or the authority's duty address.");
            return;
        }
        notifications.queue(NewMessage.of(kind, e.authorityId(), to.address(), values));
        rows.state(e.id(), after);
        rows.note(e.id(), EscalationRows.ROLLCALL, to.step(), "Emailed " + to.whom() + " (" + kind.label()
                .toLowerCase(java.util.Locale.UK) + "): " + what);
    }

    private Map<String, String> values(Escalation e, ChildRecord child, Map<String, String> more) {
        var values = new java.util.HashMap<>(more);
        values.put("child", childName(child));
        values.put("school", directory.provisionNames(Set.of(e.provisionId())).getOrDefault(e.provisionId(),
                "the school"));
        values.put("day", MarkWords.DAY.format(e.date()));
        values.put("session", MarkWords.session(e.session()));
        values.put("code", words.code(e.authorityId(), e.code())
                + (e.trigger() == Trigger.EXCLUSION && !properties.isExclusion(e.code())
                ? ", and the school says the child is excluded" : ""));
        values.put("schoolReason", e.schoolReason() == null ? "none given" : e.schoolReason());
        return values;
    }

    /** First name and the initial of the last: what a notice names the child by (least data). */
    static String childName(ChildRecord child) {
        return child.firstName() + " " + child.lastName().charAt(0) + ".";
    }

    /**
     * The social worker, else the duty address, else null. An address on record that is not valid is not skipped
     * silently: the message to it is kept in the outbox as failed, saying why, and the contact is listed for admins
     * to correct (ContactsToUpdate).
     */
    private Recipient recipient(Escalation e, ChildRecord child, MessageKind kind, Map<String, String> values) {
        Optional<ChildRecord.Contact> worker = child.contacts().stream()
                .filter(c -> c.role() == ContactRole.SOCIAL_WORKER && c.email() != null && !c.email().isBlank())
                .findFirst();
        String why = "no social worker email is on record for the child";
        if (worker.isPresent()) {
            try {
                String address = EmailAddress.parse(worker.get().email()).value();
                return new Recipient(address, Step.SOCIAL_WORKER_TOLD, "the social worker, " + worker.get().name()
                        + ", at " + address);
            } catch (IllegalArgumentException bad) {
                why = "the social worker's email on record, '" + worker.get().email().strip() + "', is not valid "
                        + "and needs updating";
                undeliverable(e, kind, values, worker.get().email(), "the social worker's");
                contacts.flag(worker.get().id(), worker.get().email().strip(), notValid(kind),
                        EscalationRows.ROLLCALL);
            }
        }
        Optional<String> duty = settings.get(e.authorityId()).dutyEmail();
        if (duty.isPresent()) {
            try {
                String address = EmailAddress.parse(duty.get()).value();
                return new Recipient(address, Step.DUTY_ADDRESS_TOLD, "the authority's duty address, " + address
                        + ", because " + why);
            } catch (IllegalArgumentException bad) {
                undeliverable(e, kind, values, duty.get(), "the authority's duty");
                contacts.flagDutyAddress(e.authorityId(), duty.get().strip(), notValid(kind),
                        EscalationRows.ROLLCALL);
            }
        }
        return null;
    }

    /** Kept in the outbox as failed with why, never dropped; the timeline says so too. */
    void undeliverable(Escalation e, MessageKind kind, Map<String, String> values, String address, String whose) {
        notifications.recordUndeliverable(NewMessage.of(kind, e.authorityId(), address, values), whose
                + " address on record, '" + address.strip() + "', is not a valid email address, so this message "
                + "could not be sent; correct it under Contacts to update");
        rows.note(e.id(), EscalationRows.ROLLCALL, Step.ADDRESS_NOT_VALID, "Could not email " + whose
                + " address on record, '" + address.strip() + "': it is not a valid email address. The message is "
                + "in the outbox as failed and the address is listed for admins to correct.");
    }

    static String notValid(MessageKind kind) {
        return "Email address is not valid: " + kind.label().substring(0, 1).toLowerCase(java.util.Locale.UK)
                + kind.label().substring(1) + " could not be sent to it";
    }

    private record Recipient(String address, Step step, String whom) {
    }
}
