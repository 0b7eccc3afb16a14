package org.rollcall.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.rollcall.attendance.SessionCounts;
import org.rollcall.statistics.AbsenceFlag;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.SessionFigures;

/** Session figures as report cells, and their totals (percentages of the summed sessions, not averages). */
final class Figures {

    private Figures() {
    }

    /** Possible, attended, attendance %, authorised, unauthorised. */
    static List<Object> cells(SessionCounts c) {
        return Arrays.asList(c.possible(), c.attended(), c.attendancePercent(), c.authorisedAbsent(),
                c.unauthorisedAbsent());
    }

    /** A child's row: name, UPN, school, then {@link #cells}; open for the report's own columns after. */
    static List<Object> childRow(ChildStatistics c) {
        List<Object> row = new ArrayList<>(List.of(c.childName()));
        row.add(upn(c.upn()));
        row.add(c.schoolName() == null ? "No school on record" : c.schoolName());
        row.addAll(cells(c.sessions().counts()));
        return row;
    }

    static String upn(String upn) {
        return upn == null ? "Not known" : upn.strip();
    }

    static SessionCounts sum(Collection<SessionFigures> figures) {
        int present = 0;
        int approved = 0;
        int authorised = 0;
        int unauthorised = 0;
        int notPossible = 0;
        int administrative = 0;
        for (SessionFigures f : figures) {
            SessionCounts c = f.counts();
            present += c.present();
            approved += c.approvedActivity();
            authorised += c.authorisedAbsent();
            unauthorised += c.unauthorisedAbsent();
            notPossible += c.notPossible();
            administrative += c.administrative();
        }
        return new SessionCounts(null, present, approved, authorised, unauthorised, notPossible, administrative);
    }

    /** "Persistent absence (below 90%)", "Severe absence (below 50%)", or empty. */
    static String flag(AbsenceFlag flag) {
        return flag == AbsenceFlag.NONE ? "" : flag.label();
    }
}
