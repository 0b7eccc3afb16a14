package org.rollcall.corrections.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.CorrectedMark;
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
 * The corrections of a child's marks, for the extranet's child record (ADR 0033): each says "corrected", the old
 * code, the new one, the reason and when. A named interface: the extranet adds it with one line.
 */
@NamedInterface("child-corrections")
public class ChildCorrectionsSection extends Div {

    static final String TITLE = "Corrected marks";

    final UnorderedList list = new UnorderedList();

    /** The child's corrections, newest first; the caller has checked the child may be seen. */
    public static ChildCorrectionsSection of(ChildId child) {
        var beans = VaadinService.getCurrent().getInstantiator();
        return new ChildCorrectionsSection(beans.getOrCreate(Attendance.class).corrections(child),
                beans.getOrCreate(Clock.class).getZone());
    }

    public ChildCorrectionsSection(List<CorrectedMark> corrections, ZoneId zone) {
        setId("child-corrections");
        add(new H3(TITLE));
        getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-label", TITLE);
        if (corrections.isEmpty()) {
            add(new Paragraph("None: no mark of this child was corrected."));
        }
        corrections.forEach(c -> list.add(new ListItem(line(c, zone))));
        list.getStyle().set("overflow-wrap", "anywhere");
        add(list);
    }

    /** "Mon 30 Nov, AM: corrected from / to N — reason: … (corrected on Tue 1 Dec at 10:04)". */
    static String line(CorrectedMark c, ZoneId zone) {
        return HumanDates.day(c.after().date()) + ", " + c.after().session().name() + ": corrected from "
                + c.before().code() + " to " + c.after().code() + " \u2014 reason: " + c.reason() + " (corrected "
                + HumanDates.day(c.after().recordedAt().atZone(zone).toLocalDate()) + " at "
                + HumanDates.time(c.after().recordedAt(), zone) + ")";
    }

    /** The items as shown, for tests. */
    public List<String> lines() {
        return list.getChildren().map(c -> c.getElement().getText()).toList();
    }
}
