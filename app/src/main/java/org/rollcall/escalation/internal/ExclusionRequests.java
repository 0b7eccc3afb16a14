package org.rollcall.escalation.internal;

import java.util.Map;
import java.util.Optional;

import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.directory.Directory;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.Step;
import org.rollcall.platform.EmailAddress;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.springframework.stereotype.Component;

/**
 * An exclusion: the social worker is alerted at once, and the school's designated teacher is asked by email for a
 * copy of the exclusion letter, both in the transaction that opened the escalation. Until the letter is received the
 * school's screen-pop says it is outstanding, so the operator asks on the next call too.
 */
@Component
class ExclusionRequests {

    private final Notifications notifications;
    private final Directory directory;
    private final SocialWorkerNotices notices;
    private final EscalationRows rows;
    private final ContactsToUpdate contacts;

    ExclusionRequests(Notifications notifications, Directory directory, SocialWorkerNotices notices,
                      EscalationRows rows, ContactsToUpdate contacts) {
        this.contacts = contacts;
        this.notifications = notifications;
        this.directory = directory;
        this.notices = notices;
        this.rows = rows;
    }

    void opened(Escalation e) {
        notices.alertExclusion(e);
        ChildRecord child = directory.childRecord(e.childId()).orElseThrow();
        Optional<ChildRecord.Contact> teacher = child.contacts().stream()
                .filter(c -> c.role() == ContactRole.DESIGNATED_TEACHER && c.email() != null && !c.email().isBlank())
                .filter(c -> valid(c.email()))
                .findFirst();
        if (teacher.isEmpty()) {
            // An address on record that is not valid: the request is kept in the outbox as failed, and listed.
            child.contacts().stream()
                    .filter(c -> c.role() == ContactRole.DESIGNATED_TEACHER && c.email() != null
                            && !c.email().isBlank())
                    .findFirst().ifPresent(bad -> {
                        notices.undeliverable(e, EscalationKinds.LETTER_REQUEST, values(e, child, bad), bad.email(),
                                "the school's designated teacher's");
                        contacts.flag(bad.id(), bad.email().strip(), SocialWorkerNotices.notValid(
                                EscalationKinds.LETTER_REQUEST), EscalationRows.ROLLCALL);
                    });
            rows.note(e.id(), EscalationRows.ROLLCALL, Step.LETTER_REQUESTED, "No valid email for the school's designated "
                    + "teacher is on record, so the letter was not asked for by email: operators ask for it on the "
                    + "school's next call, where it shows as outstanding.");
            return;
        }
        String address = EmailAddress.parse(teacher.get().email()).value();
        notifications.queue(NewMessage.of(EscalationKinds.LETTER_REQUEST, e.authorityId(), address,
                values(e, child, teacher.get())));
        rows.note(e.id(), EscalationRows.ROLLCALL, Step.LETTER_REQUESTED, "Emailed the school's designated teacher, "
                + teacher.get().name() + ", at " + address + ", asking for a copy of the exclusion letter; it also "
                + "shows as outstanding on the school's next call.");
    }

    static Map<String, String> values(Escalation e, ChildRecord child, ChildRecord.Contact teacher) {
        return Map.of("child", SocialWorkerNotices.childName(child), "day", MarkWords.DAY.format(e.date()),
                "contact", teacher.name());
    }

    private static boolean valid(String email) {
        try {
            EmailAddress.parse(email);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
