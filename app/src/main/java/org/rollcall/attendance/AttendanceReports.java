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

    /** Every current mark of the authority's children {@code from} to {@code to} inclusive, lean (one query). */
    List<SessionMark> sessionMarks(AuthorityId authority, LocalDate from, LocalDate to);

    /** The same for one child. */
    List<SessionMark> sessionMarks(org.rollcall.directory.ChildId child, LocalDate from, LocalDate to);
}
