package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.rollcall.directory.AuthorityId;

/**
 * An authority's current marks over a period, for reports and authority systems: paged, in a stable order. Callers
 * decide who may ask; these reads take the authority as given.
 */
public interface AttendanceReports {

    /** Current marks whose code is in one of {@code categories}, {@code from} to {@code to} inclusive, ordered by
     *  day, child id and session. */
    List<Mark> marks(AuthorityId authority, LocalDate from, LocalDate to, Set<CodeCategory> categories, int offset,
                     int limit);

    long countMarks(AuthorityId authority, LocalDate from, LocalDate to, Set<CodeCategory> categories);

    /** Sessions per child who has a current mark in the period, ordered by child id. */
    List<SessionCounts> perChild(AuthorityId authority, LocalDate from, LocalDate to, int offset, int limit);

    long countChildren(AuthorityId authority, LocalDate from, LocalDate to);

    /** The authority's sessions in the period, all children together ({@code childId} null). */
    SessionCounts total(AuthorityId authority, LocalDate from, LocalDate to);

    /**
     * Every current mark of the authority's children {@code from} to {@code to} inclusive, folded by child, week
     * and code (one query on a table kept folded with every mark written, so a school year of 300 children is some
     * 25,000 rows, not 115,000). Only the sessions inside the range are in the masks.
     */
    List<WeekMarks> weekMarks(AuthorityId authority, LocalDate from, LocalDate to);

    /** The same for one child. */
    List<WeekMarks> weekMarks(org.rollcall.directory.ChildId child, LocalDate from, LocalDate to);
}
