package org.rollcall.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.springframework.stereotype.Component;

/** Plausible marks: most children present, some ill, at appointments, or absent with no reason yet. */
@Component
class RobotMarks {

    private static final String[][] ABSENCES = {
            {"I", "Illness: carer phoned the school this morning"},
            {"M", "Dental appointment, returning after lunch"},
            {"N", "No reason given yet; school is chasing the carer"},
            {"O", "Carer says the child refused to come in"},
    };

    private final Attendance attendance;
    private final Directory directory;
    private final CallLog calls;
    private final OperatorDesk desk;
    private final DemoProperties properties;

    RobotMarks(Attendance attendance, Directory directory, CallLog calls, OperatorDesk desk,
               DemoProperties properties) {
        this.attendance = attendance;
        this.directory = directory;
        this.calls = calls;
        this.desk = desk;
        this.properties = properties;
    }

    /** The marks the robot will hear for each expected child, in the order it asks; offsets are filled in later. */
    List<List<RecordMark>> plan(CallId callId, String robotName) {
        var call = calls.find(callId).orElseThrow();
        Random random = new Random(properties.seed() ^ callId.value().getLeastSignificantBits());
        List<List<RecordMark>> plan = new ArrayList<>();
        for (ExpectedChild child : directory.childrenExpected(call.provisionId(), call.date())) {
            boolean absent = random.nextInt(10) == 0;
            String[] absence = ABSENCES[random.nextInt(ABSENCES.length)];
            plan.add(List.of(
                    mark(child, call, Session.AM, absent ? absence[0] : "/", absent ? absence[1] : null, callId,
                            robotName),
                    mark(child, call, Session.PM, absent ? absence[0] : "\\", absent ? absence[1] : null, callId,
                            robotName)));
        }
        return plan;
    }

    /** Records one child's marks at the current moment of the call's recording. */
    void record(List<RecordMark> childMarks, CallId callId) {
        Integer offset = desk.recordingOffsetNow(callId).stream().boxed().findFirst().orElse(null);
        attendance.recordAll(childMarks.stream().map(m -> new RecordMark(m.childId(), m.provisionId(), m.date(),
                m.session(), m.code(), m.reason(), m.callId(), offset, m.recordedBy())).toList());
    }

    private static RecordMark mark(ExpectedChild child, CallSummary call, Session session,
                                   String code, String reason, CallId callId, String robot) {
        return new RecordMark(child.id(), call.provisionId(), call.date(), session, code, reason, callId.value(),
                null, robot);
    }
}
