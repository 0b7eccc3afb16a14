package org.rollcall.moves;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rollcall.attendance.Session;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * The school days a moved child's marks are backdated over: from the start date to the last school day before today,
 * per the school's calendar, each with its open sessions and the marks already current.
 */
public record BackdateSheet(UUID move, ChildId child, String childName, ProvisionId school, String schoolName,
                            LocalDate startsOn, List<Day> days) {

    /** A school day; {@code am}/{@code pm} whether the session is open; the current code and reason, or null. */
    public record Day(LocalDate date, boolean am, boolean pm, String amCode, String amReason, String pmCode,
                      String pmReason) {

        public boolean open(Session session) {
            return session == Session.AM ? am : pm;
        }

        public String code(Session session) {
            return session == Session.AM ? amCode : pmCode;
        }
    }

    /** Sessions still without a mark. */
    public long missing() {
        return days.stream().mapToLong(d -> (d.am() && d.amCode() == null ? 1 : 0)
                + (d.pm() && d.pmCode() == null ? 1 : 0)).sum();
    }
}
