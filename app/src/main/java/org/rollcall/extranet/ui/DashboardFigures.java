package org.rollcall.extranet.ui;

import java.util.List;
import java.util.function.Consumer;

import org.rollcall.enrolment.NotOnRoll;
import org.rollcall.extranet.DayDashboard;
import org.rollcall.extranet.DayDashboard.AbsenceLine;
import org.rollcall.extranet.DayDashboard.ChildLine;
import org.rollcall.extranet.DayDashboard.Count;
import org.rollcall.extranet.DayDashboard.FollowUpLine;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The day's figures, each a heading with its count that opens onto the list behind it. */
class DashboardFigures extends VerticalLayout {

    DashboardFigures() {
        setPadding(false);
        setSpacing(false);
    }

    void show(DayDashboard d) {
        removeAll();
        boolean today = d.today();
        add(figure("expected", "Children expected", d.expected(), this::children, "No monitored child was expected."));
        add(figure("reached", "Reached (marked)", d.reached(), this::children, "No child has a mark for the day."));
        add(figure("not-yet-called", today ? "Not yet called" : "Never marked", d.notYetCalled(), this::children,
                today ? "Every expected child is marked or their school was tried." : "Every expected child was "
                        + "marked or their school was tried."));
        add(figure("school-not-reached", "School could not be reached", d.schoolNotReached(), this::children,
                "Every expected child's school was reached or is still to be called."));
        add(figure("absences", "Absent sessions", d.absences(), this::absences, "No absence recorded."));
        add(figure("absences-by-category", "Absences by category", d.absencesByCategory(), this::counts,
                "No absence recorded."));
        add(figure("absences-by-reason", "Absences by reason", d.absencesByReason(), this::counts,
                "No absence recorded."));
        add(figure("exclusions", "Exclusions", d.exclusions(), this::followUps, "No exclusion that day."));
        add(figure("follow-ups", "Follow-ups in progress", d.followUpsInProgress(), this::followUps,
                "No follow-up is waiting for anyone."));
        add(figure("not-on-roll", "Children not on roll", d.notOnRoll(), this::notOnRoll,
                "Every monitored child was on a school's roll."));
    }

    /** A figure's count is the number of rows behind it, except the counts grids, which sum their sessions. */
    private <T> Details figure(String id, String label, List<T> items, Consumer<Grid<T>> columns, String empty) {
        int figure = items.stream().allMatch(Count.class::isInstance)
                ? items.stream().mapToInt(i -> ((Count) i).sessions()).sum() : items.size();
        Details details = new Details(label + ": " + figure);
        details.setId("figure-" + id);
        if (items.isEmpty()) {
            details.add(new Paragraph(empty));
            return details;
        }
        Grid<T> grid = new Grid<>();
        grid.setId("figure-" + id + "-grid");
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        columns.accept(grid);
        grid.setItems(items);
        details.add(grid);
        details.setWidthFull();
        return details;
    }

    private void children(Grid<ChildLine> grid) {
        grid.addColumn(ChildLine::child).setHeader("Child").setAutoWidth(true);
        grid.addColumn(c -> c.upn() == null ? "Not known" : c.upn()).setHeader("UPN").setAutoWidth(true);
        grid.addColumn(ChildLine::school).setHeader("School").setFlexGrow(1);
        grid.addColumn(ChildLine::callWindow).setHeader("School's call window").setFlexGrow(1);
        grid.addColumn(ChildLine::note).setHeader("Marks or why not").setFlexGrow(2);
    }

    private void absences(Grid<AbsenceLine> grid) {
        grid.addColumn(AbsenceLine::child).setHeader("Child").setAutoWidth(true);
        grid.addColumn(AbsenceLine::school).setHeader("School").setFlexGrow(1);
        grid.addColumn(AbsenceLine::session).setHeader("Session").setAutoWidth(true);
        grid.addColumn(a -> a.code() + " – " + a.meaning()).setHeader("Code").setFlexGrow(1);
        grid.addColumn(AbsenceLine::category).setHeader("Category").setAutoWidth(true);
        grid.addColumn(a -> a.reason() == null ? "None given" : a.reason()).setHeader("Reason given").setFlexGrow(1);
    }

    private void counts(Grid<Count> grid) {
        grid.addColumn(Count::label).setHeader("Reason or category").setFlexGrow(1);
        grid.addColumn(c -> DashboardCharts.sessions(c.sessions())).setHeader("Absent sessions").setAutoWidth(true);
    }

    private void followUps(Grid<FollowUpLine> grid) {
        grid.addColumn(FollowUpLine::child).setHeader("Child").setAutoWidth(true);
        grid.addColumn(FollowUpLine::school).setHeader("School").setFlexGrow(1);
        grid.addColumn(f -> HumanDates.date(f.date()) + (f.session() == null ? "" : ", " + f.session()))
                .setHeader("Day").setAutoWidth(true);
        grid.addColumn(f -> f.trigger() + (f.code() == null ? "" : ": " + f.code())).setHeader("What happened")
                .setFlexGrow(1);
        grid.addColumn(FollowUpLine::state).setHeader("Where it stands").setFlexGrow(1);
        grid.addColumn(f -> f.letter() == null ? "No letter asked for" : f.letter()).setHeader("Exclusion letter")
                .setAutoWidth(true);
    }

    private void notOnRoll(Grid<NotOnRoll> grid) {
        grid.addColumn(NotOnRoll::childName).setHeader("Child").setAutoWidth(true);
        grid.addColumn(n -> n.upn() == null ? "None on record" : n.upn()).setHeader("UPN").setAutoWidth(true);
        grid.addColumn(NotOnRoll::lastSchool).setHeader("Last school").setFlexGrow(1);
        grid.addColumn(n -> HumanDates.date(n.since())).setHeader("Not on roll since").setAutoWidth(true);
    }
}
