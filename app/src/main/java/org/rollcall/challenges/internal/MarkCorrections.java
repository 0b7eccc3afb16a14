package org.rollcall.challenges.internal;

import org.rollcall.attendance.MarkRecorded;
import org.rollcall.attendance.MarksRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When the school has checked and a new mark replaces the one asked about, its "School will check" is closed. */
@Component
class MarkCorrections {

    private final JdbcChallenges challenges;

    MarkCorrections(JdbcChallenges challenges) {
        this.challenges = challenges;
    }

    @ApplicationModuleListener
    void on(MarksRecorded recorded) {
        for (MarkRecorded mark : recorded.marks()) {
            challenges.closeByLaterMark(mark.childId(), mark.date(), mark.session(), mark.markId());
        }
    }
}
