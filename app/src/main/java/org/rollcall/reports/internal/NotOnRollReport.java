package org.rollcall.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.ChildRoster;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.NotOnRoll;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.DateRange;
import org.springframework.stereotype.Component;

/**
 * Two lists in one table: children off roll on some day of the range (latest to leave first), then children whose
 * UPN is still to be collected (by name), each row saying which list it is on.
 */
@Component
class NotOnRollReport implements ReportDefinition {

    static final String NOT_ON_ROLL = "Not on roll";
    static final String TO_COLLECT = "UPN to collect";

    private final Enrolment enrolment;
    private final ChildRoster roster;

    NotOnRollReport(Enrolment enrolment, ChildRoster roster) {
        this.enrolment = enrolment;
        this.roster = roster;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.NOT_ON_ROLL;
    }

    @Override
    public List<String> columns() {
        return List.of("List", "Child", "UPN", "Last school", "Not on roll since", "New school", "Note");
    }

    @Override
    public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
        List<List<Object>> rows = new ArrayList<>();
        for (NotOnRoll n : enrolment.notOnRollBetween(authority.id(), range.from(), range.to())) {
            rows.add(Arrays.asList(NOT_ON_ROLL, n.childName(), n.upn() == null ? "Not known" : n.upn().strip(),
                    n.lastSchool(), HumanDates.date(n.since()), n.newSchool() == null ? "None yet"
                            : n.newSchool() + " from " + HumanDates.date(n.newSchoolFrom()), n.note()));
        }
        roster.children(authority.id(), range.to(), 0, limit + 1).stream()
                .filter(c -> UpnCheck.normalised(c.upn()) == null)
                .forEach(c -> rows.add(Arrays.asList(TO_COLLECT, c.name(), "Not known",
                        c.school() == null ? "No school on record" : c.school(), null, null, null)));
        return rows;
    }
}
