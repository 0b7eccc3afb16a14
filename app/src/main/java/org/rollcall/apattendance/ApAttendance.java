package org.rollcall.apattendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rollcall.calls.CallId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/** Attendance at alternative provisions, as their calls report it, and the absences the on-roll school is to fix. */
public interface ApAttendance {

    /**
     * Saves what the AP said on its call, all or nothing. An absence emails the on-roll school's designated teacher
     * (or, with no address on record, is listed undeliverable in the outbox for admins), flags the school's B and
     * publishes {@link AbsentAtAlternativeProvision}. An entry for a session already entered replaces it.
     *
     * @throws ApEntryRefusedException for a session not on the child's timetable at this AP, a child not placed at
     *     the AP that day, a day other than the call's, or a call that is not to an AP's children
     */
    void record(CallId call, String recordedBy, List<ApEntry> entries);

    /** The entries current for a call, for its screen and wrap-up. */
    List<ApEntry> entriesOf(CallId call);

    /** Absences still flagging the school's B, oldest first: the points to raise on the school's next call. */
    List<ApAbsence> outstandingFor(ProvisionId school);

    /** An authority's absences at APs from {@code from} to {@code to}, open or closed, newest first (extranet). */
    List<ApAbsence> forAuthority(AuthorityId authority, LocalDate from, LocalDate to);

    /** A child's absences at APs, newest first (the extranet's child record). */
    List<ApAbsence> forChild(ChildId child);

    /**
     * The school keeps its B for the session: the flag closes, with who, when and on which call.
     *
     * @throws IllegalArgumentException for an unknown absence or one already closed
     */
    void schoolKeepsB(ApAbsenceId absence, UUID callId, String who);

    /**
     * The school corrects the session's mark: recorded through attendance with its own date, validated like any
     * mark, and the flag closes, in one transaction. A {@code B} kept is {@link #schoolKeepsB}.
     *
     * @throws org.rollcall.attendance.MarkRejectedException for a mark attendance refuses (nothing closes)
     * @throws IllegalArgumentException for an unknown absence or one already closed
     */
    void corrected(ApAbsenceId absence, String code, String reason, UUID callId, String who);
}
