package org.rollcall.apattendance.internal;

import java.util.Map;
import java.util.UUID;

import org.rollcall.apattendance.ApAbsenceId;
import org.rollcall.apattendance.ApEntry;
import org.rollcall.directory.DetailsHeard;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.platform.EmailAddress;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.stereotype.Component;

/**
 * The email to the on-roll school's designated teacher, queued in the transaction that saves the absence (sent only
 * if it commits, once: de-duplicated by the absence). With no address on record it is kept in the outbox as
 * undeliverable, so admins see it.
 */
@Component
class ApAbsenceMail {

    private final Notifications notifications;
    private final DetailsHeard details;
    private final Directory directory;

    ApAbsenceMail(Notifications notifications, DetailsHeard details, Directory directory) {
        this.notifications = notifications;
        this.details = details;
        this.directory = directory;
    }

    /** Returns the outbox message's id. */
    UUID toSchool(ApAbsenceId absence, ExpectedChild child, ProvisionId school, String apName, ApEntry entry) {
        String schoolName = directory.provisionCard(school).name();
        var teacher = details.designatedTeacher(school);
        Map<String, String> values = Map.of("child", child.fullName(),
                "contact", teacher.map(t -> t.name()).orElse("designated teacher"),
                "school", schoolName, "ap", apName, "day", HumanDates.day(entry.date()),
                "session", entry.half().label(), "reason", entry.reasonText());
        String address = teacher.map(t -> t.email()).filter(a -> a != null && !a.isBlank()).orElse(null);
        NewMessage message = new NewMessage(ApAttendanceKinds.AP_ABSENCE_TO_SCHOOL, child.authorityId(),
                address == null ? "(no address on record)" : address, values, "ap-absence-" + absence);
        if (address == null) {
            return notifications.recordUndeliverable(message, schoolName + " has no designated teacher's email "
                    + "address on record, so the absence at " + apName + " could not be emailed: add the address in "
                    + "the directory and tell the school on its next call").value();
        }
        try {
            EmailAddress.parse(address); // checked first: a refusal inside queue would spoil the caller's transaction
        } catch (IllegalArgumentException e) {
            // Not valid: kept as undeliverable; the school still hears of the absence on its next call.
            return notifications.recordUndeliverable(message, "the designated teacher's address on record, '"
                    + address.strip() + "', is not a valid email address, so this message could not be sent")
                    .value();
        }
        return notifications.queue(message).value();
    }
}
