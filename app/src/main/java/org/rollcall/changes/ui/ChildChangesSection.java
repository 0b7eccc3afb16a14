package org.rollcall.changes.ui;

import java.time.ZoneId;
import java.util.List;

import org.rollcall.changes.ChangeRecord;
import org.rollcall.changes.Changes;
import org.rollcall.directory.ChildId;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinService;

/**
 * The child's record in the extranet: every change heard on a call about the child, newest first, with the day, the
 * time and who made it, and what was on record before. A section of its own, shared with the extranet's record
 * dialog, hence a named interface.
 */
@NamedInterface("child-changes-section")
public class ChildChangesSection extends Div {

    final UnorderedList list = new UnorderedList();

    /** The section with its service from the application (one line in the child's record). */
    public static ChildChangesSection of(ChildId child) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        return new ChildChangesSection(instantiator.getOrCreate(Changes.class).ofChild(child),
                instantiator.getOrCreate(java.time.Clock.class).getZone());
    }

    public ChildChangesSection(List<ChangeRecord> changes, ZoneId zone) {
        setId("child-changes");
        add(new H3("Changes heard on calls"));
        // Focusable, as the follow-ups above it: a long record scrolls and keyboard users scroll it too.
        getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", "Changes heard on calls");
        if (changes.isEmpty()) {
            add(new Paragraph("None: no change to this child's details, or to their school's designated teacher, "
                    + "was heard on a call."));
            return;
        }
        for (ChangeRecord c : changes) {
            list.add(new ListItem(HumanDates.day(c.madeAt().atZone(zone).toLocalDate()) + " at "
                    + HumanDates.time(c.madeAt(), zone) + ", " + c.madeBy() + " \u2014 " + c.kind().label() + ": "
                    + c.summary() + (c.before() == null ? "" : " (was " + c.before() + ")")
                    + (c.provisionName() == null ? "" : ", heard from " + c.provisionName())));
        }
        list.getStyle().set("overflow-wrap", "anywhere");
        add(list);
    }
}
