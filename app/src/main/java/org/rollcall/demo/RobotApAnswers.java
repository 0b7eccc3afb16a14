package org.rollcall.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Random;

import org.rollcall.apattendance.ApAbsence;
import org.rollcall.apattendance.ApAttendance;
import org.rollcall.apattendance.ApEntry;
import org.rollcall.apattendance.ApReason;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.PlacementKind;
import org.springframework.stereotype.Component;

/**
 * What robots hear about alternative provision (ADR 0028): on an AP's call, each timetabled session of a child
 * placed there is attended, or (at {@code robot-ap-absence-rate}, one in five by default) absent with a reason; on a school's call, each absence at an AP still
 * flagging its B is corrected (illness to I, a medical appointment to M, refusal or no reason to O) or, for "other",
 * the school keeps B. So an unattended demo runs the AP path end to end.
 */
@Component
class RobotApAnswers {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RobotApAnswers.class);
    private static final String OTHER = "Left at break for a family funeral, arranged with the centre";

    private final ApAttendance apAttendance;
    private final CallLog calls;
    private final DemoProperties properties;

    RobotApAnswers(ApAttendance apAttendance, CallLog calls, DemoProperties properties) {
        this.apAttendance = apAttendance;
        this.calls = calls;
        this.properties = properties;
    }

    /**
     * Before the register: the call's AP children, then the school's points about absences at an AP. A refusal is
     * logged, never thrown: the robot goes on to the register and hangs up as ever.
     */
    Set<Settled> answer(CallId callId, String robotName) {
        try {
            return answerOrThrow(callId, robotName);
        } catch (RuntimeException e) {
            if (org.rollcall.platform.DatabaseOutage.isCause(e)) {
                throw e; // tried again by the robot, as any step
            }
            log.warn("Robot could not record alternative-provision answers on call {}: {}", callId, e.getMessage());
            return Set.of();
        }
    }

    /** A session of a child the school settled on this call (corrected, or kept B). */
    record Settled(ChildId child, LocalDate date, Session session) {
    }

    /** The register marks the robot will hear, less the sessions the school has just settled. */
    static List<List<RecordMark>> without(List<List<RecordMark>> plan, Set<Settled> settled) {
        return plan.stream().map(marks -> marks.stream().filter(m -> !settled.contains(new Settled(m.childId(),
                m.date(), m.session()))).toList()).filter(marks -> !marks.isEmpty()).toList();
    }

    private Set<Settled> answerOrThrow(CallId callId, String robotName) {
        var call = calls.find(callId).orElseThrow();
        Random random = new Random(properties.seed() ^ callId.value().getMostSignificantBits() ^ 0x12);
        List<ApEntry> entries = new ArrayList<>();
        for (ChildToCollect child : calls.toCollect(callId)) {
            if (child.child().placement() != PlacementKind.ALTERNATIVE) {
                continue;
            }
            for (SessionSlot slot : child.slots()) {
                HalfDay half = HalfDay.valueOf(slot.part().name());
                if (random.nextDouble() < properties.robotApAbsenceRate()) {
                    ApReason reason = ApReason.values()[random.nextInt(ApReason.values().length)];
                    entries.add(ApEntry.absent(child.child().id(), slot.date(), half, reason,
                            reason == ApReason.OTHER ? OTHER : null));
                } else {
                    entries.add(ApEntry.attended(child.child().id(), slot.date(), half));
                }
            }
        }
        if (!entries.isEmpty()) {
            apAttendance.record(callId, robotName, entries);
        }
        Set<Settled> settled = new HashSet<>();
        for (ApAbsence absence : apAttendance.outstandingFor(call.provisionId())) {
            settled.add(new Settled(absence.child(), absence.date(), Session.valueOf(absence.half().name())));
            if (absence.reason().startsWith("other")) {
                apAttendance.schoolKeepsB(absence.id(), callId.value(), robotName);
            } else {
                String code = absence.reason().equals(ApReason.ILLNESS.label()) ? "I"
                        : absence.reason().equals(ApReason.MEDICAL.label()) ? "M" : "O";
                apAttendance.corrected(absence.id(), code, "Absent at " + absence.apName() + ": "
                        + absence.reason(), callId.value(), robotName);
            }
        }
        return settled;
    }
}
