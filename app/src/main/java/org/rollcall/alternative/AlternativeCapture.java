package org.rollcall.alternative;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rollcall.directory.AlternativePlacement;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionMatch;

/** Where and when a child marked {@code B} is educated off site, captured on the call to their on-roll school. */
public interface AlternativeCapture {

    /** Alternative provisions and pupil referral units whose name, town or URN contain the words typed. */
    List<ProvisionMatch> search(String text);

    /** The child's alternative placement that covers the day, with its timetable (empty sessions: not known). */
    Optional<AlternativePlacement> placementOn(ChildId child, LocalDate day);

    /**
     * Checks every field, then stores the placement and its timetable (and a new provision, if one is given) with an
     * audit entry, in one transaction; "not known" leaves a task for the on-roll school's next call, and a timetable
     * given clears it.
     *
     * @throws CaptureRefusedException with each field's problem; nothing is saved
     */
    Captured capture(Capture capture);

    /** Timetables still to ask the on-roll school for, oldest first. */
    List<TimetableRequest> openRequests(ProvisionId onRollSchool);
}
