package org.rollcall.corrections.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.MarkCorrected;
import org.rollcall.attendance.Session;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Directory;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the authority when a correction changes a mark's category (present to unauthorised, say), at the duty
 * address its escalation settings hold. Runs after the correction commits; the de-duplication key makes a replayed
 * event harmless. The follow-up itself is started by the escalation module from the {@code MarkRecorded} the
 * correction also publishes.
 */
@Component
class CorrectionNotices {

    private static final Logger log = LoggerFactory.getLogger(CorrectionNotices.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Notifications notifications;
    private final EscalationSettings settings;
    private final Directory directory;
    private final Attendance attendance;

    CorrectionNotices(Notifications notifications, EscalationSettings settings, Directory directory,
                      Attendance attendance) {
        this.notifications = notifications;
        this.settings = settings;
        this.directory = directory;
        this.attendance = attendance;
    }

    @ApplicationModuleListener
    void on(MarkCorrected event) {
        if (!event.categoryChanged()) {
            return;
        }
        var to = settings.get(event.authorityId()).dutyEmail();
        if (to.isEmpty()) {
            log.warn("Correction of child {}'s {} {} mark changed its category but the authority has no duty "
                    + "address on record: nobody is emailed", event.childId(), event.date(), event.session());
            return;
        }
        var mark = attendance.find(event.newMarkId()).orElseThrow();
        ChildRecord child = directory.childRecord(event.childId()).orElseThrow();
        var codes = attendance.codeSet(directory.provisionCard(mark.provisionId()).nation());
        notifications.queue(NewMessage.of(CorrectionKinds.MARK_CORRECTED, event.authorityId(), to.get(), Map.of(
                        "child", child.firstName() + " " + child.lastName().charAt(0) + ".",
                        "school", directory.provisionNames(Set.of(mark.provisionId())).getOrDefault(
                                mark.provisionId(), "the school"),
                        "day", DAY.format(event.date()),
                        "session", event.session() == Session.AM ? "morning" : "afternoon",
                        "oldCode", said(codes.find(event.oldCode()).orElse(null), event.oldCode()),
                        "newCode", said(codes.find(event.newCode()).orElse(null), event.newCode()),
                        "reason", event.reason()))
                .withDedupKey("mark-corrected:" + event.newMarkId()));
    }

    private static String said(AttendanceCode code, String raw) {
        return code == null ? raw : code.code() + " (" + code.description() + ")";
    }
}
