package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;

/** Records and reads registration marks. */
public interface Attendance {

    /**
     * Records a mark, superseding (and keeping) any current mark for that child, date and session.
     *
     * @throws MarkRejectedException for an unknown code, a code of the other nation's set, a code not valid in
     *     the session, an absence without a reason, or a child not expected at the provision that day
     */
    Mark record(RecordMark mark);

    /**
     * Corrects a current mark from the QA review (ADR 0033): the new mark supersedes it, keeping its call, offset
     * and moment heard, and the old one is kept. Publishes {@link MarkRecorded}, {@link MarksRecorded} and
     * {@link MarkCorrected}.
     *
     * @throws MarkRejectedException for an unknown or already superseded mark, no reason, the same code again, or
     *     a code the child's school may not use (another nation's set, wrong session); nothing is saved
     */
    Mark correct(CorrectMark correction);

    /** Every correction of a child's marks, newest first. */
    List<CorrectedMark> corrections(org.rollcall.directory.ChildId child);

    /** The mark with this id, current or superseded. */
    java.util.Optional<Mark> find(UUID markId);

    /** Records all marks or none. */
    List<Mark> recordAll(Collection<RecordMark> marks);

    CodeSet codeSet(Nation nation);

    List<Mark> marksForCall(UUID callId);

    /** Every mark recorded for a child's session, oldest first: corrections never erase, the last one stands. */
    List<Mark> history(ChildId child, LocalDate date, Session session);

    /**
     * Each child's last {@code sessions} current marks before {@code before}, oldest first, for the operator to see
     * what the school usually says; read in one query for all the children of a call. Children with no marks are
     * absent from the map.
     */
    Map<ChildId, List<Mark>> lastSessions(Collection<ChildId> children, LocalDate before, int sessions);

    /** How many current marks each of these calls saved, in one query; calls that saved none are absent. */
    Map<UUID, Integer> marksSaved(Collection<UUID> callIds);

    /** A child's current marks from {@code from} to {@code to} inclusive, by day and session (one query). */
    List<Mark> currentMarks(ChildId child, LocalDate from, LocalDate to);

    /** Several children's current marks from {@code from} to {@code to} inclusive, by child (one query). */
    Map<ChildId, List<Mark>> currentMarks(Collection<ChildId> children, LocalDate from, LocalDate to);

    /** The codes of current marks at a provision from {@code from} to {@code to} inclusive (one query). */
    java.util.Set<String> codesUsedAt(ProvisionId provision, LocalDate from, LocalDate to);

    /** Current marks of one authority's children on a day. */
    List<Mark> currentMarks(AuthorityId authority, LocalDate date);
}
