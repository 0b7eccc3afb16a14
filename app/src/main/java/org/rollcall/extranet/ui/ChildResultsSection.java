package org.rollcall.extranet.ui;

import java.time.ZoneId;
import java.util.List;

import org.rollcall.attainment.RecordedResult;
import org.rollcall.attainment.Results;
import org.rollcall.directory.ChildId;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.di.Instantiator;

/**
 * The child's attainment results on the child record, newest first, each with the day and time it was heard, the
 * academic term it is filed under and who recorded it (ADR 0026). Read when the record opens, so a result recorded
 * on a call today shows the same day.
 */
class ChildResultsSection extends Div {

    /** The section for the child; its service comes from the UI's instantiator so the dialog adds it in one line. */
    static ChildResultsSection of(ChildId child, ZoneId zone) {
        return new ChildResultsSection(Instantiator.get(UI.getCurrent()).getOrCreate(Results.class).forChild(child),
                zone);
    }

    ChildResultsSection(List<RecordedResult> results, ZoneId zone) {
        setId("child-results");
        // A region of its own that takes focus, as the follow-ups do, so a long record scrolls by keyboard.
        getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", "Attainment results");
        add(new H3("Attainment results"));
        if (results.isEmpty()) {
            add(new Paragraph("None recorded."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (RecordedResult r : results) {
            list.add(new ListItem(HumanDates.day(r.recordedAt().atZone(zone).toLocalDate()) + " at "
                    + HumanDates.time(r.recordedAt(), zone) + ": " + r.assessment().label() + ", "
                    + r.subject().label() + " \u2014 " + r.shown() + " (" + r.term().label() + "; recorded by "
                    + r.recordedBy() + (r.call() == null ? "" : " on a call") + ")"));
        }
        list.getStyle().set("overflow-wrap", "anywhere");
        add(list);
    }
}
