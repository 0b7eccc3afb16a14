package org.rollcall.statistics.ui;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.GroupStatistics;
import org.rollcall.statistics.SessionFigures;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The two grids of the statistics view: one row per child, or one per group with its children summed. */
final class StatisticsGrids {

    private StatisticsGrids() {
    }

    static Grid<ChildStatistics> children(Map<String, String> codes, Consumer<ChildStatistics> open) {
        Grid<ChildStatistics> grid = new Grid<>();
        grid.setId("statistics-children");
        grid.setAriaLabel("Attendance by child");
        grid.addColumn(ChildStatistics::childName).setHeader("Child").setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> c.upn() == null ? "Not known" : c.upn()).setHeader("UPN").setAutoWidth(true);
        grid.addColumn(ChildStatistics::schoolName).setHeader("School").setSortable(true).setAutoWidth(true);
        figures(grid, ChildStatistics::sessions, codes);
        grid.addColumn(c -> Figures.flag(c.sessions())).setHeader("Absence flag").setAutoWidth(true);
        missed(grid, ChildStatistics::sessions, codes);
        // A button per row, so the child's calendar opens from the keyboard as well as by a click on the row.
        grid.addComponentColumn(c -> {
            Button calendar = new Button("Calendar", e -> open.accept(c));
            calendar.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            calendar.setAriaLabel("Open the attendance calendar of " + c.childName());
            return calendar;
        }).setHeader("Sessions").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    static Grid<GroupStatistics> groups(Map<String, String> codes) {
        Grid<GroupStatistics> grid = new Grid<>();
        grid.setId("statistics-groups");
        grid.setAriaLabel("Attendance by group");
        grid.addColumn(GroupStatistics::label).setHeader("Group").setKey("group").setAutoWidth(true);
        grid.addColumn(GroupStatistics::children).setHeader("Children").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        figures(grid, GroupStatistics::sessions, codes);
        grid.addColumn(GroupStatistics::persistentlyAbsent).setHeader("Persistently absent (below 90%)")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(GroupStatistics::severelyAbsent).setHeader("Severely absent (below 50%)")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        missed(grid, GroupStatistics::sessions, codes);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static <T> void figures(Grid<T> grid, Function<T, SessionFigures> sessions, Map<String, String> codes) {
        grid.addColumn(r -> Figures.percent(sessions.apply(r))).setHeader("Attendance").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END).setComparator(r -> {
                    Double p = sessions.apply(r).attendancePercent();
                    return p == null ? -1 : p;
                });
        number(grid, "Possible sessions", r -> sessions.apply(r).counts().possible());
        number(grid, "Attended", r -> sessions.apply(r).counts().attended());
        number(grid, "Authorised absences", r -> sessions.apply(r).counts().authorisedAbsent());
        number(grid, "Unauthorised absences", r -> sessions.apply(r).counts().unauthorisedAbsent());
        number(grid, "Not yet marked", r -> sessions.apply(r).unrecorded());
    }

    private static <T> void missed(Grid<T> grid, Function<T, SessionFigures> sessions, Map<String, String> codes) {
        grid.addColumn(r -> Figures.missed(sessions.apply(r), codes)).setHeader("Sessions missed by reason")
                .setWidth("18em").setFlexGrow(1);
    }

    private static <T> void number(Grid<T> grid, String header, Function<T, Integer> value) {
        grid.addColumn(value::apply).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(value::apply);
    }
}
