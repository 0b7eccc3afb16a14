package org.rollcall.extranet.ui;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.extranet.ExtranetService;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A child's record; opening it is audited by the service. */
class ChildDialog extends Dialog {

    ChildDialog(ExtranetService extranet, ChildId child) {
        var record = extranet.childRecord(child).orElseThrow();
        setHeaderTitle(record.firstName() + " " + record.lastName());
        add(new Paragraph("UPN: " + (record.upn() == null ? "not yet known" : record.upn().value())));
        add(new Paragraph("Date of birth: " + HumanDates.date(record.dateOfBirth()) + " · "
                + (record.yearGroup() == 0 ? "Reception" : "Year " + record.yearGroup())));
        add(new Paragraph("Cohort: " + record.cohort().label() + " · " + (record.inBorough() ? "in" : "out of")
                + " borough · SEN: " + record.senStatus().label()));
        record.placements().forEach(p -> add(new Paragraph(placement(p))));
        record.contacts().forEach(c -> add(new Paragraph(c.role().label() + ": " + c.name()
                + (c.phone() == null ? "" : " · " + c.phone()) + (c.email() == null ? "" : " · " + c.email()))));
        getFooter().add(new Button("Close", e -> close()));
    }

    private static String placement(ChildRecord.Placement p) {
        return p.kind().label() + ": " + p.provisionName() + " from " + HumanDates.date(p.startsOn())
                + (p.endsOn() == null ? "" : " to " + HumanDates.date(p.endsOn()));
    }
}
