package org.rollcall.apattendance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rollcall.apattendance.AbsentAtAlternativeProvision;
import org.rollcall.apattendance.ApAbsenceId;
import org.rollcall.apattendance.ApAttendance;
import org.rollcall.apattendance.ApEntry;
import org.rollcall.apattendance.ApEntryRefusedException;
import org.rollcall.apattendance.ApReason;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.TimetabledSession;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves what an AP said on its call, all or nothing: each entry checked against the child's placement and timetable
 * there, an absence flagged for the on-roll school, emailed to it and published. Reads and closing flags are in
 * {@link ApAbsenceRows}.
 */
@Service
class JdbcApAttendance extends ApAbsenceRows implements ApAttendance {

    private final CallLog calls;
    private final Directory directory;
    private final ApAbsenceMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcApAttendance(JdbcClient jdbc, CallLog calls, Directory directory, ApAbsenceMail mail,
                     ApplicationEventPublisher events, Clock clock, org.rollcall.attendance.Attendance attendance) {
        super(jdbc, clock, attendance);
        this.calls = calls;
        this.directory = directory;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(CallId callId, String recordedBy, List<ApEntry> entries) {
        CallSummary call = calls.find(callId).orElseThrow(() -> new ApEntryRefusedException(null,
                "There is no such call: nothing was saved."));
        ProvisionId ap = call.provisionId();
        String apName = directory.provisionCard(ap).name();
        Map<ChildId, ExpectedChild> placed = directory.childrenExpected(ap, call.date()).stream()
                .filter(c -> c.placement() == PlacementKind.ALTERNATIVE)
                .collect(Collectors.toMap(ExpectedChild::id, Function.identity()));
        Set<List<Object>> seen = new HashSet<>();
        for (ApEntry e : entries) {
            check(e, call, apName, placed, seen);
        }
        Instant now = clock.instant();
        for (ApEntry e : entries) {
            ExpectedChild child = placed.get(e.child());
            ProvisionId school = onRollSchool(e.child(), e.date());
            UUID id = UUID.randomUUID();
            jdbc.sql("UPDATE ap_attendance SET superseded_at = ? WHERE child_id = ? AND on_date = ? AND session = ? "
                            + "AND superseded_at IS NULL")
                    .params(Timestamp.from(now), e.child().value(), e.date(), e.half().name()).update();
            jdbc.sql("UPDATE ap_absence_flag SET state = 'WITHDRAWN', closed_by = ?, closed_at = ?, closed_on_call = ? "
                            + "WHERE state = 'OPEN' AND attendance_id IN (SELECT id FROM ap_attendance "
                            + "WHERE child_id = ? AND on_date = ? AND session = ?)")
                    .params(recordedBy, Timestamp.from(now), callId.value(), e.child().value(), e.date(),
                            e.half().name()).update();
            jdbc.sql("""
                            INSERT INTO ap_attendance (id, call_id, child_id, authority_id, ap_provision_id,
                                on_roll_provision_id, on_date, session, attended, reason, reason_text, unauthorised,
                                recorded_by, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, callId.value(), e.child().value(), child.authorityId().value(), ap.value(),
                            school == null ? null : school.value(), e.date(), e.half().name(), e.attended(),
                            e.reason() == null ? null : e.reason().name(), e.otherText(),
                            e.reason() != null && e.reason().unauthorised(), recordedBy, Timestamp.from(now))
                    .update();
            if (!e.attended()) {
                ApAbsenceId absence = new ApAbsenceId(id);
                UUID message = school == null ? null : mail.toSchool(absence, child, school, apName, e);
                if (school != null) {
                    jdbc.sql("""
                                    INSERT INTO ap_absence_flag (attendance_id, school_id, authority_id, on_date, state,
                                                                 message_id)
                                    VALUES (?, ?, ?, ?, 'OPEN', ?)""")
                            .params(id, school.value(), child.authorityId().value(), e.date(), message).update();
                }
                events.publishEvent(new AbsentAtAlternativeProvision(absence, e.child(), child.authorityId(), ap,
                        apName, school, e.date(), e.half(), e.reasonText(), e.reason().unauthorised(), recordedBy));
            }
        }
    }

    private void check(ApEntry e, CallSummary call, String apName, Map<ChildId, ExpectedChild> placed,
                       Set<List<Object>> seen) {
        if (!e.date().equals(call.date())) {
            throw new ApEntryRefusedException(e, "Only the sessions of the call's own day, " + HumanDates.day(
                    call.date()) + ", are recorded on it; nothing was saved.");
        }
        ExpectedChild child = placed.get(e.child());
        if (child == null) {
            throw new ApEntryRefusedException(e, "This child is not placed at " + apName + " as alternative "
                    + "provision on " + HumanDates.day(e.date()) + ", or has no timetabled session there that day; "
                    + "nothing was saved.");
        }
        var timetable = directory.timetable(e.child(), call.provisionId(), e.date());
        boolean weekday = e.date().getDayOfWeek().getValue() <= 5;
        if (!timetable.isEmpty() && (!weekday || !timetable.contains(new TimetabledSession(
                e.date().getDayOfWeek(), e.half())))) {
            throw new ApEntryRefusedException(e, child.fullName() + " is not timetabled at " + apName + " on "
                    + HumanDates.day(e.date()) + ", " + e.half().label() + ": their sessions there are "
                    + timetable.stream().map(TimetabledSession::label).collect(Collectors.joining(", "))
                    + ". Record only those; nothing was saved.");
        }
        if (!seen.add(List.of(e.child(), e.date(), e.half()))) {
            throw new ApEntryRefusedException(e, child.fullName() + "'s " + e.half().label() + " is entered twice: "
                    + "keep one; nothing was saved.");
        }
    }

    /** The child's on-roll school that day; null when none is on record (the AP's entry is kept all the same). */
    private ProvisionId onRollSchool(ChildId child, LocalDate day) {
        return directory.childRecord(child).stream().flatMap(r -> r.placements().stream())
                .filter(p -> p.kind() == PlacementKind.ON_ROLL && !p.startsOn().isAfter(day)
                        && (p.endsOn() == null || !p.endsOn().isBefore(day)))
                .map(ChildRecord.Placement::provisionId).findFirst().orElse(null);
    }

    @Override
    public List<ApEntry> entriesOf(CallId call) {
        return jdbc.sql("SELECT child_id, on_date, session, attended, reason, reason_text FROM ap_attendance "
                        + "WHERE call_id = ? AND superseded_at IS NULL ORDER BY recorded_at")
                .param(call.value())
                .query((rs, n) -> new ApEntry(new ChildId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, LocalDate.class), HalfDay.valueOf(rs.getString(3)), rs.getBoolean(4),
                        rs.getString(5) == null ? null : ApReason.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
    }
}
