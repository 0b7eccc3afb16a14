package org.rollcall.escalation.internal;

import java.util.Optional;

import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.directory.Directory;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationProperties;
import org.rollcall.escalation.Step;
import org.rollcall.platform.EmailAddress;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code letter-check-interval}, each exclusion letter that has become overdue (by the app clock, in the
 * school's own school days) gets one reminder to the school's designated teacher and a timeline entry "letter
 * overdue, reminder sent". Once: claiming the reminder sets {@code letter_reminder_at} in the same transaction that
 * queues it (and the outbox's de-duplication key backs that up), so several nodes checking at once, or a check run
 * again, send one.
 */
@Component
class LetterReminders {

    private static final Logger log = LoggerFactory.getLogger(LetterReminders.class);

    private final EscalationRows rows;
    private final OverdueLetters overdue;
    private final Directory directory;
    private final Notifications notifications;
    private final SocialWorkerNotices notices;
    private final ContactsToUpdate contacts;
    private final TransactionTemplate tx;
    private final EscalationProperties properties;

    LetterReminders(EscalationRows rows, OverdueLetters overdue, Directory directory, Notifications notifications,
                    SocialWorkerNotices notices, ContactsToUpdate contacts, TransactionTemplate tx,
                    EscalationProperties properties) {
        this.rows = rows;
        this.overdue = overdue;
        this.directory = directory;
        this.notifications = notifications;
        this.notices = notices;
        this.contacts = contacts;
        this.tx = tx;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${rollcall.escalation.letter-check-interval:15m}",
            fixedDelayString = "${rollcall.escalation.letter-check-interval:15m}")
    void scheduled() {
        try {
            check();
        } catch (RuntimeException e) {
            // The database is away, for instance: the next check tries again, and nothing was half-sent.
            log.error("Checking for overdue exclusion letters failed; next check in {}",
                    properties.letterCheckInterval(), e);
        }
    }

    /** @return how many reminders this run sent */
    int check() {
        int sent = 0;
        for (Escalation e : rows.lettersWithoutReminder()) {
            if (overdue.overdue(e) && Boolean.TRUE.equals(tx.execute(s -> remind(e)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(Escalation e) {
        if (!rows.claimReminder(e.id())) {
            return false; // another node, or a letter received meanwhile
        }
        ChildRecord child = directory.childRecord(e.childId()).orElseThrow();
        String requested = MarkWords.DAY.format(overdue.requestedOn(e));
        String after = properties.letterOverdueSchoolDays() + " school days after it was asked for on " + requested;
        Optional<ChildRecord.Contact> teacher = child.contacts().stream()
                .filter(c -> c.role() == ContactRole.DESIGNATED_TEACHER && c.email() != null && !c.email().isBlank())
                .findFirst();
        if (teacher.isEmpty()) {
            rows.note(e.id(), EscalationRows.ROLLCALL, Step.LETTER_OVERDUE, "Letter overdue, " + after + ". No "
                    + "email for the school's designated teacher is on record, so no reminder was emailed: operators "
                    + "ask for it on the school's next call, where it shows as overdue.");
            return true;
        }
        var values = java.util.Map.of("child", SocialWorkerNotices.childName(child), "day",
                MarkWords.DAY.format(e.date()), "contact", teacher.get().name(), "requested", requested);
        String address;
        try {
            address = EmailAddress.parse(teacher.get().email()).value();
        } catch (IllegalArgumentException bad) {
            notices.undeliverable(e, EscalationKinds.LETTER_REMINDER, values, teacher.get().email(),
                    "the school's designated teacher's");
            contacts.flag(teacher.get().id(), teacher.get().email().strip(),
                    SocialWorkerNotices.notValid(EscalationKinds.LETTER_REMINDER), EscalationRows.ROLLCALL);
            rows.note(e.id(), EscalationRows.ROLLCALL, Step.LETTER_OVERDUE, "Letter overdue, " + after
                    + "; the reminder could not be emailed (see above). It shows as overdue on the school's next "
                    + "call.");
            return true;
        }
        notifications.queue(NewMessage.of(EscalationKinds.LETTER_REMINDER, e.authorityId(), address, values)
                .withDedupKey("exclusion-letter-reminder:" + e.id()));
        rows.note(e.id(), EscalationRows.ROLLCALL, Step.LETTER_OVERDUE, "Letter overdue, reminder sent: " + after
                + ", emailed the school's designated teacher, " + teacher.get().name() + ", at " + address
                + ", again. It shows as overdue on the school's next call.");
        return true;
    }
}
