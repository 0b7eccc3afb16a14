package org.rollcall.extranet.ui;

import org.rollcall.directory.ChildId;
import org.rollcall.extranet.ExtranetService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A child's record; opening it is audited by the service. */
class ChildDialog extends Dialog {

    ChildDialog(ExtranetService extranet, ChildId child) {
        var record = extranet.childRecord(child).orElseThrow();
        setHeaderTitle(record.firstName() + " " + record.lastName());
        add(new Paragraph("UPN: " + (record.upn() == null ? "not yet known" : record.upn().value())));
        add(new Paragraph("Date of birth: " + record.dateOfBirth() + " · "
                + (record.yearGroup() == 0 ? "Reception" : "Year " + record.yearGroup())));
        add(new Paragraph("Cohort: " + record.cohort() + " · " + (record.inBorough() ? "in" : "out of")
                + " borough · SEN: " + record.senStatus()));
        record.placements().forEach(p -> add(new Paragraph(p.kind() + ": " + p.provisionName() + " from "
                + p.startsOn())));
        record.contacts().forEach(c -> add(new Paragraph(c.role() + ": " + c.name()
                + (c.phone() == null ? "" : " · " + c.phone()) + (c.email() == null ? "" : " · " + c.email()))));
        getFooter().add(new Button("Close", e -> close()));
    }
}
