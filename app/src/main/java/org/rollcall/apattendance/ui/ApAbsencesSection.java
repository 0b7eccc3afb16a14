package org.rollcall.apattendance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rollcall.apattendance.ApAbsence;
import org.rollcall.apattendance.ApAttendance;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinService;

/**
 * The extranet's view of absences at alternative provisions: the on-roll school's B for the session shows "absent
 * at AP" until the school's next call confirms or corrects it (ADR 0028). Above the marks grid for the authority,
 * and in a child's record. A named interface: the extranet adds each with one line.
 */
@NamedInterface("ap-absences-section")
public class ApAbsencesSection extends Div {

    static final String TITLE = "Absent at alternative provision";
    /** How far back the marks page looks for a B still flagged (the school's next call is usually the next day). */
    static final int DAYS = 30;

    final UnorderedList list = new UnorderedList();

    /** The authority's B marks still flagged; hidden when there is none. */
    public static ApAbsencesSection forAuthority(AuthorityId authority) {
        var beans = VaadinService.getCurrent().getInstantiator();
        LocalDate today = LocalDate.now(beans.getOrCreate(Clock.class));
        var open = beans.getOrCreate(ApAttendance.class).forAuthority(authority, today.minusDays(DAYS), today)
                .stream().filter(ApAbsence::open).toList();
        ApAbsencesSection section = new ApAbsencesSection(open, "ap-absences");
        section.setVisible(!open.isEmpty());
        return section;
    }

    /** In the child's record: every absence at an AP, open or how it was closed. */
    public static ApAbsencesSection forChild(ChildId child) {
        var absences = VaadinService.getCurrent().getInstantiator().getOrCreate(ApAttendance.class).forChild(child);
        ApAbsencesSection section = new ApAbsencesSection(absences, "child-ap-absences");
        if (absences.isEmpty()) {
            section.add(new Paragraph("None: no alternative provision reported this child absent."));
        }
        return section;
    }

    public ApAbsencesSection(List<ApAbsence> absences, String id) {
        setId(id);
        add(new H3(TITLE));
        getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-label", TITLE);
        for (ApAbsence a : absences) {
            list.add(new ListItem(line(a)));
        }
        list.getStyle().set("overflow-wrap", "anywhere");
        add(list);
    }

    /** "B for Ella Evans, ...: absent at AP ...; the school is asked to correct it". */
    static String line(ApAbsence a) {
        return "B \u2014 absent at AP: " + a.sentence() + (a.unauthorised() ? "; unauthorised, followed up" : "")
                + (a.open() ? "; the school is asked to correct the B" : "; " + a.closedHow());
    }

    /** The items as shown, for tests. */
    public List<String> lines() {
        return list.getChildren().map(c -> c.getElement().getText()).toList();
    }
}
