package org.rollcall.enrolment.ui;

import java.time.Clock;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.NotOnRoll;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's children who left a school's roll with no new school: who, their UPN, the school they left, since
 * when, how Rollcall heard it and who recorded it, and whether a new school has been recorded since.
 */
@Route("extranet/not-on-roll")
@PageTitle(NotOnRollView.TITLE)
@Menu(title = NotOnRollView.TITLE, order = 37, icon = "vaadin:exit-o")
@RolesAllowed("AUTHORITY")
public class NotOnRollView extends VerticalLayout {

    static final String TITLE = "Not on roll";
    // An authority's children not on roll: dozens at most; the API pages a longer list.
    private static final int MAX_SHOWN = 500;

    final Grid<NotOnRoll> grid = new Grid<>(NotOnRoll.class, false);
    final Span summary = new Span();

    public NotOnRollView(Accounts accounts, Enrolment enrolment, Clock clock) {
        Caller me = accounts.caller();
        grid.setId("not-on-roll-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(NotOnRoll::childName).setHeader("Child").setWidth("9rem");
        grid.addColumn(n -> n.upn() == null ? "None on record" : n.upn()).setHeader("UPN").setWidth("9rem");
        grid.addColumn(NotOnRoll::lastSchool).setHeader("Last school").setWidth("10rem");
        grid.addColumn(n -> HumanDates.day(n.since()) + " (last day on roll " + HumanDates.date(n.lastDay()) + ")")
                .setHeader("Not on roll since").setWidth("12rem");
        grid.addColumn(n -> n.source().label() + " by " + n.recordedBy() + ", "
                + HumanDates.day(n.recordedAt().atZone(clock.getZone()).toLocalDate()) + " at "
                + HumanDates.time(n.recordedAt(), clock.getZone())).setHeader("How heard").setWidth("12rem");
        grid.addColumn(n -> n.newSchool() == null ? "None recorded yet" : n.newSchool() + ", from "
                + HumanDates.date(n.newSchoolFrom())).setHeader("New school since").setWidth("10rem");
        grid.setAriaLabel("Children not on roll at any school");
        grid.setAllRowsVisible(true);
        summary.setId("not-on-roll-summary");
        summary.getElement().setAttribute("role", "status");
        Page<NotOnRoll> page = enrolment.notOnRollList(me.authorityId(), new PageRequest(0, MAX_SHOWN));
        List<NotOnRoll> shown = page.items();
        long open = shown.stream().filter(n -> n.newSchool() == null).count();
        summary.setText(shown.isEmpty() ? "No child has left a school's roll without a new school."
                : page.totalItems() + (page.totalItems() == 1 ? " child" : " children") + " left a school's roll "
                + "with no new school; " + open + " still with no new school recorded.");
        grid.setItems(shown);
        add(new H2(TITLE), new Paragraph("Children a school told Rollcall are no longer on its roll, with no new "
                + "school. Rollcall no longer calls about them; the latest to leave are first."), summary, grid);
        setWidthFull();
    }
}
