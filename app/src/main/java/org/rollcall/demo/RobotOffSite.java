package org.rollcall.demo;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.rollcall.alternative.AlternativeCapture;
import org.rollcall.alternative.Capture;
import org.rollcall.alternative.CaptureRefusedException;
import org.rollcall.attendance.RecordMark;
import org.rollcall.directory.Directory;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.TimetabledSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A robot that hears B for a child with no alternative provision known asks where and when, as a person would: it
 * picks one of the demo's alternative provisions and a timetable on its open days, and now and then the school does
 * not know the timetable (then the school's next call asks for it). So the demo shows issue 12's path end to end.
 */
@Component
class RobotOffSite {

    static final String OFF_SITE = "B";
    private static final Logger log = LoggerFactory.getLogger(RobotOffSite.class);

    private final AlternativeCapture capture;
    private final Directory directory;

    RobotOffSite(AlternativeCapture capture, Directory directory) {
        this.capture = capture;
        this.directory = directory;
    }

    /** Before one child's marks are saved: the AP of their first B, unless one is known for that day. */
    void captureFor(List<RecordMark> childMarks) {
        childMarks.stream().filter(m -> OFF_SITE.equals(m.code())).findFirst().ifPresent(b -> {
            if (directory.attendsAlternativeProvision(b.childId(), b.date())) {
                return;
            }
            List<ProvisionMatch> places = capture.search("");
            if (places.isEmpty()) {
                return;
            }
            Random random = new Random(b.childId().value().getLeastSignificantBits() ^ b.date().toEpochDay());
            ProvisionMatch where = places.get(random.nextInt(places.size()));
            boolean notKnown = random.nextInt(4) == 0;
            Set<TimetabledSession> sessions = new TreeSet<>();
            List<DayOfWeek> open = where.openDays().stream().sorted().toList();
            while (!notKnown && sessions.size() < 1 + random.nextInt(3)) {
                sessions.add(new TimetabledSession(open.get(random.nextInt(open.size())),
                        HalfDay.values()[random.nextInt(2)]));
            }
            try {
                capture.capture(new Capture(b.childId(), b.provisionId(), b.date(), b.callId(), where.id(), null,
                        sessions, notKnown, b.date(), null, null, b.recordedBy()));
            } catch (CaptureRefusedException | IllegalArgumentException e) {
                log.info("Robot operator could not capture where a child is educated off site: {}", e.getMessage());
            }
        });
    }
}
