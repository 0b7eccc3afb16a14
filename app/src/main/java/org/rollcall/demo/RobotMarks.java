package org.rollcall.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
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

    void takeMarks(CallId callId, String robotName) {
        var call = calls.find(callId).orElseThrow();
        Random random = new Random(properties.seed() ^ callId.value().getLeastSignificantBits());
        Integer offset = desk.recordingOffsetNow(callId).stream().boxed().findFirst().orElse(null);
        List<RecordMark> marks = new ArrayList<>();
        for (ExpectedChild child : directory.childrenExpected(call.provisionId(), call.date())) {
            boolean absent = random.nextInt(10) == 0;
            String[] absence = ABSENCES[random.nextInt(ABSENCES.length)];
            marks.add(mark(child, call, Session.AM, absent ? absence[0] : "/", absent ? absence[1] : null, callId,
                    offset, robotName));
            marks.add(mark(child, call, Session.PM, absent ? absence[0] : "\\", absent ? absence[1] : null, callId,
                    offset, robotName));
        }
        attendance.recordAll(marks);
    }

    private static RecordMark mark(ExpectedChild child, org.rollcall.calls.CallSummary call, Session session,
                                   String code, String reason, CallId callId, Integer offset, String robot) {
        return new RecordMark(child.id(), call.provisionId(), call.date(), session, code, reason, callId.value(),
                offset, robot);
    }
}
