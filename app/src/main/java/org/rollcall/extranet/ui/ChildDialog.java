package org.rollcall.extranet.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.extranet.AttendanceRow;
import org.rollcall.extranet.ExtranetService;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A child's record with today's marks and the whole reason given, and what followed the child's recent absences and
 * exclusions with each timeline; opening it is audited by the service.
 */
class ChildDialog extends Dialog {

    ChildDialog(ExtranetService extranet, ChildId child, AttendanceRow today, LocalDate date,
                List<FollowUpView> followUps, int days, ZoneId zone) {
        var record = extranet.childRecord(child).orElseThrow();
        setHeaderTitle(record.firstName() + " " + record.lastName());
        setMaxWidth("min(48em, 95vw)");
        add(new Paragraph(HumanDates.day(date) + ": AM " + mark(today.am()) + " · PM " + mark(today.pm())));
        if (today.reason() != null && !today.reason().isBlank()) {
            // The whole reason as given, wrapped: never cut, line breaks kept.
            Paragraph reason = new Paragraph("Reason: " + today.reason());
            reason.setId("child-reason");
            reason.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            add(reason);
        }
        add(new Paragraph("UPN: " + (record.upn() == null ? "not yet known" : record.upn().value())));
        add(new Paragraph("Date of birth: " + HumanDates.date(record.dateOfBirth()) + " · "
                + (record.yearGroup() == 0 ? "Reception" : "Year " + record.yearGroup())));
        add(new Paragraph("Cohort: " + record.cohort().label() + " · " + (record.inBorough() ? "in" : "out of")
                + " borough · SEN: " + record.senStatus().label()));
        record.placements().forEach(p -> add(new Paragraph(placement(p))));
        record.contacts().forEach(c -> add(new Paragraph(c.role().label() + ": " + c.name()
                + (c.phone() == null ? "" : " · " + c.phone()) + (c.email() == null ? "" : " · " + c.email()))));
        add(followUps(followUps, days, zone));
        add(org.rollcall.changes.ui.ChildChangesSection.of(child)); // changes heard on calls (ADR 0025)
        add(ChildResultsSection.of(child, zone));
        add(new ChildChallengesSection(child));
        add(org.rollcall.apattendance.ui.ApAbsencesSection.forChild(child)); // absences at an AP (ADR 0028)
        add(org.rollcall.corrections.ui.ChildCorrectionsSection.of(child)); // marks corrected by QA (ADR 0033)
        add(org.rollcall.statistics.ui.ChildAttendanceSection.of(child)); // year to date and calendar (ADR 0037)
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Div followUps(List<FollowUpView> followUps, int days, ZoneId zone) {
        Div section = new Div(new H3("Follow-ups in the last " + days + " days"));
        section.setId("child-follow-ups");
        // A record this long scrolls: the region takes focus so keyboard users can scroll it (and axe agrees).
        section.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", "Follow-ups in the last " + days + " days");
        if (followUps.isEmpty()) {
            section.add(new Paragraph("None: no unauthorised absence or exclusion was followed up."));
        }
        for (FollowUpView f : followUps) {
            section.add(new Paragraph(HumanDates.day(f.date()) + ", " + f.session() + ": " + f.trigger() + ", "
                    + f.code() + ", at " + f.school() + " \u2014 " + f.state()
                    + (f.letterOverdue() ? ", letter overdue" : "")));
            UnorderedList timeline = new UnorderedList();
            f.timeline().forEach(t -> timeline.add(new ListItem(HumanDates.day(t.at().atZone(zone).toLocalDate())
                    + " at " + HumanDates.time(t.at(), zone) + ", " + t.who() + " \u2014 " + t.step() + ": "
                    + t.said())));
            timeline.getStyle().set("overflow-wrap", "anywhere");
            section.add(timeline);
        }
        return section;
    }

    private static String mark(String code) {
        return code == null || code.isBlank() ? "not yet marked" : code;
    }

    private static String placement(ChildRecord.Placement p) {
        return p.kind().label() + ": " + p.provisionName() + " from " + HumanDates.date(p.startsOn())
                + (p.endsOn() == null ? "" : " to " + HumanDates.date(p.endsOn()));
    }
}
