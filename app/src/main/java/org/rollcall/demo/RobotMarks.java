package org.rollcall.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.calls.OperatorDesk;
import org.springframework.stereotype.Component;

/**
 * Plausible marks: most children present, some ill, at appointments, or absent without a good reason. Absences are
 * commoner than in life (one child-day in six, half of them unauthorised) so an unattended demo shows carer calls and
 * social-worker emails within minutes; at {@code robot-exclusion-rate} some children are excluded (E, or C with the
 * "excluded" tick).
 */
@Component
class RobotMarks {

    private static final String[][] ABSENCES = {
            {"I", "Illness: carer phoned the school this morning"},
            {"M", "Dental appointment, returning after lunch"},
            {"N", "No reason given yet; school is chasing the carer"},
            {"O", "Carer says the child refused to come in"},
            {"G", "Family holiday in term time, not agreed by the school"},
    };

    /** Code, reason, and a third entry when the operator ticks "excluded" (the school gives another code). */
    private static final String[][] EXCLUSIONS = {
            {"E", "Fixed-term suspension for one day"},
            {"C", "The school says the child is excluded for the day; letter to follow", "excluded"},
    };

    private final Attendance attendance;
    private final CallLog calls;
    private final OperatorDesk desk;
    private final DemoProperties properties;
    private final Clock clock;
    private final RobotOffSite offSite;
    private final org.rollcall.moves.Backdating backdating;

    RobotMarks(Attendance attendance, CallLog calls, OperatorDesk desk, DemoProperties properties, Clock clock,
               RobotOffSite offSite, org.rollcall.moves.Backdating backdating) {
        this.offSite = offSite;
        this.backdating = backdating;
        this.attendance = attendance;
        this.calls = calls;
        this.desk = desk;
        this.properties = properties;
        this.clock = clock;
    }

    /** The marks the robot will hear for each child on the call, in the order it asks; offsets are filled in later. */
    List<List<RecordMark>> plan(CallId callId, String robotName) {
        var call = calls.find(callId).orElseThrow();
        Random random = new Random(properties.seed() ^ callId.value().getLeastSignificantBits());
        // Its own sequence, so the other marks a seed gives stay as they were.
        Random exclusions = new Random(~properties.seed() ^ callId.value().getMostSignificantBits());
        // And its own for B (educated off site), only with the demo's data, whose APs the robot captures.
        Random offSiteDays = new Random(properties.seed() ^ callId.value().getMostSignificantBits());
        List<List<RecordMark>> plan = new ArrayList<>();
        for (ChildToCollect child : calls.toCollect(callId)) {
            if (child.child().placement() == org.rollcall.directory.PlacementKind.ALTERNATIVE) {
                continue; // placed here as AP: attended or absent, not register marks (RobotApAnswers)
            }
            List<RecordMark> marks = new ArrayList<>();
            // One day's absence covers both its sessions, with one reason.
            java.util.Map<java.time.LocalDate, String[]> absences = new java.util.HashMap<>();
            java.util.Map<java.time.LocalDate, String[]> excluded = new java.util.HashMap<>();
            for (SessionSlot slot : child.slots()) {
                String[] absence = absences.computeIfAbsent(slot.date(), d -> random.nextInt(6) == 0
                        ? ABSENCES[random.nextInt(ABSENCES.length)] : new String[0]);
                String[] exclusion = excluded.computeIfAbsent(slot.date(), d ->
                        exclusions.nextDouble() < properties.robotExclusionRate()
                                ? EXCLUSIONS[exclusions.nextInt(EXCLUSIONS.length)] : new String[0]);
                if (exclusion.length > 0) {
                    marks.add(new RecordMark(child.child().id(), call.provisionId(), slot.date(),
                            Session.valueOf(slot.part().name()), exclusion[0], exclusion[1], callId.value(), null,
                            robotName, null, exclusion.length > 2));
                    continue;
                }
                boolean absent = absence.length > 0;
                Session session = Session.valueOf(slot.part().name());
                String present = properties.data() && offSiteDays.nextInt(30) == 0 ? RobotOffSite.OFF_SITE
                        : session == Session.AM ? "/" : "\\";
                marks.add(new RecordMark(child.child().id(), call.provisionId(), slot.date(), session,
                        absent ? absence[0] : present, absent ? absence[1] : null, callId.value(), null, robotName));
            }
            plan.add(marks);
        }
        return plan;
    }

    /** Records one child's marks at the current moment of the call's recording. */
    void record(List<RecordMark> childMarks, CallId callId) {
        offSite.captureFor(childMarks); // a B: where and when, before the mark, as a person would ask (ADR 0027)
        Integer offset = desk.recordingOffsetNow(callId).stream().boxed().findFirst().orElse(null);
        var heard = offset == null ? null : clock.instant();
        attendance.recordAll(childMarks.stream().map(m -> new RecordMark(m.childId(), m.provisionId(), m.date(),
                m.session(), m.code(), m.reason(), m.callId(), offset, m.recordedBy(), heard, m.excluded()))
                .toList());
    }

    /**
     * A moved child's marks since the start at this school (ADR 0029): the school's register says present for every
     * session still without a mark, entered on the grid's service with their own dates.
     */
    void backdate(CallId callId, String robotName) {
        var call = calls.find(callId).orElseThrow();
        for (var due : backdating.dueAt(call.provisionId())) {
            List<org.rollcall.moves.BackdateEntry> entries = new ArrayList<>();
            for (var day : backdating.sheet(due.move()).days()) {
                for (Session session : Session.values()) {
                    if (day.open(session) && day.code(session) == null) {
                        entries.add(new org.rollcall.moves.BackdateEntry(day.date(), session,
                                session == Session.AM ? "/" : "\\", null));
                    }
                }
            }
            backdating.save(due.move(), entries, callId.value(), robotName);
        }
    }
}
