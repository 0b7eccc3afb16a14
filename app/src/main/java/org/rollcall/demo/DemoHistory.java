package org.rollcall.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.CalendarSnapshot;
import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.OnRollPlacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The first authority's last four weeks of marks, so "Attendance statistics" and a child's calendar show real
 * figures on the first day of a demo: mostly present, illness and medical appointments (authorised, so no carer
 * calls start for the past), and a few children persistently or severely absent. Deterministic by the demo seed.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final int DAYS = 28;

    private final Directory directory;
    private final SchoolCalendar calendar;
    private final Attendance attendance;
    private final Clock clock;

    DemoHistory(Directory directory, SchoolCalendar calendar, Attendance attendance, Clock clock) {
        this.directory = directory;
        this.calendar = calendar;
        this.attendance = attendance;
        this.clock = clock;
    }

    void record(AuthorityId authority, long seed) {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        LocalDate first = yesterday.minusDays(DAYS - 1);
        List<OnRollPlacement> placements = directory.onRollPlacements(authority, first, yesterday);
        CalendarSnapshot open = calendar.snapshot(placements.stream().map(OnRollPlacement::school).distinct()
                .toList(), first, yesterday);
        Random random = new Random(seed);
        int recorded = 0;
        for (int c = 0; c < placements.size(); c++) {
            OnRollPlacement placement = placements.get(c);
            if (placement.startsOn().isAfter(first) || placement.endsOn() != null) {
                continue; // a child who joined or moved lately keeps their unmarked days (the backdating demo)
            }
            // Every seventh child misses about a fifth of sessions, every eleventh about three in five.
            double absent = c % 11 == 5 ? 0.6 : c % 7 == 3 ? 0.2 : 0.03;
            List<RecordMark> marks = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(yesterday); day = day.plusDays(1)) {
                var sessions = open.open(placement.school(), day);
                if (!placement.covers(day) || !sessions.any()) {
                    continue;
                }
                boolean ill = random.nextDouble() < absent;
                for (Session session : Session.values()) {
                    if (session == Session.AM ? sessions.am() : sessions.pm()) {
                        String code = ill ? (random.nextInt(5) == 0 ? "M" : "I")
                                : session == Session.AM ? "/" : "\\";
                        marks.add(new RecordMark(placement.child(), placement.school(), day, session, code,
                                ill ? (code.equals("M") ? "Hospital appointment" : "Unwell, carer rang") : null,
                                null, null, "Rollcall demo"));
                    }
                }
            }
            try {
                recorded += attendance.recordAll(marks).size();
            } catch (MarkRejectedException e) {
                log.info("Demo history: {}'s marks left out ({})", placement.childName(), e.getMessage());
            }
        }
        log.info("Demo history: {} marks over the last {} days for the first authority", recorded, DAYS);
    }
}
