package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * Marks from the school itself (ADR 0044): from its own system (a file imported by the authority) or entered by its
 * designated teacher; checked by the same rules as an operator's. They never silently replace a call's mark.
 */
public interface SchoolMarks {

    /** How many of a batch were added, left as they were, or kept beside a differing call mark. */
    record Saved(int added, int replaced, int unchanged, int differing) {

        public int changed() {
            return added + replaced;
        }
    }

    /** A child's session, as the plan asks whether it is covered. */
    record ChildSession(ChildId child, LocalDate date, Session session) {
    }

    /**
     * Records a school's marks, all or none; {@code sourceRef} says which file or which teacher. Publishes
     * {@link MarkRecorded} for each new mark, one {@link MarksRecorded} and one {@link SchoolMarksReceived}.
     *
     * @throws MarkRejectedException for the first mark refused (as {@link Attendance#record} would); nothing is saved
     */
    Saved record(List<RecordMark> marks, MarkSource source, String sourceRef);

    /** Why this mark would be refused, checking it as {@link #record} would and saving nothing; empty if it passes. */
    Optional<String> problem(RecordMark mark);

    /** The sessions of children at the provision that a school's current marks cover on the day. */
    Set<ChildSession> covered(ProvisionId provision, LocalDate date);

    /** The provisions with any current school mark on the day (one query): the only ones the plan must look at. */
    Set<ProvisionId> provisionsWithSchoolMarks(LocalDate date);

    /** The current marks of these children on the day (one query), for the call screen and the portal. */
    Map<ChildId, List<Mark>> currentMarks(Collection<ChildId> children, LocalDate date);

    /** An authority's mismatches found from {@code from} to {@code to}, newest day first, one page. */
    List<MarkMismatch> mismatches(AuthorityId authority, LocalDate from, LocalDate to, int offset, int limit);

    int countMismatches(AuthorityId authority, LocalDate from, LocalDate to);
}
