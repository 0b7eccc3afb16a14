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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The two grids of the statistics view: one row per child, or one per group with its children summed. Counts that
 * belong together share a column ("15 of 20", "5 authorised, 0 unauthorised"), so a whole row fits a laptop screen
 * with nothing cut off.
 */
final class StatisticsGrids {

    private StatisticsGrids() {
    }

    static Grid<ChildStatistics> children(Map<String, String> codes, Consumer<ChildStatistics> open) {
        Grid<ChildStatistics> grid = grid("statistics-children", "Attendance by child");
        // The name is a button, so the child's calendar opens from the keyboard as well as by a click on the row.
        grid.addComponentColumn(c -> {
            Button name = new Button(c.childName(), e -> open.accept(c));
            name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            name.setAriaLabel(c.childName() + ": open the attendance calendar");
            Span upn = new Span(c.upn() == null ? "UPN not known" : "UPN " + c.upn());
            upn.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Div cell = new Div(name, new Div(upn));
            return cell;
        }).setHeader("Child").setComparator(ChildStatistics::childName).setWidth("10em").setFlexGrow(0);
        grid.addColumn(ChildStatistics::schoolName).setHeader("School").setSortable(true).setWidth("9em")
                .setFlexGrow(0);
        figures(grid, ChildStatistics::sessions);
        grid.addColumn(c -> Figures.flag(c.sessions())).setHeader("Absence flag").setWidth("8.5em").setFlexGrow(0);
        missed(grid, ChildStatistics::sessions, codes);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        return grid;
    }

    static Grid<GroupStatistics> groups(Map<String, String> codes) {
        Grid<GroupStatistics> grid = grid("statistics-groups", "Attendance by group");
        grid.addColumn(GroupStatistics::label).setHeader("Group").setKey("group").setSortable(true).setWidth("10em")
                .setFlexGrow(0);
        grid.addColumn(GroupStatistics::children).setHeader("Children").setTextAlign(ColumnTextAlign.END)
                .setComparator(GroupStatistics::children).setWidth("6.5em").setFlexGrow(0);
        figures(grid, GroupStatistics::sessions);
        grid.addColumn(g -> g.persistentlyAbsent() + " persistent (below 90%), " + g.severelyAbsent()
                + " severe (below 50%)").setHeader("Children persistently or severely absent").setWidth("10em")
                .setFlexGrow(0).setComparator(g -> g.persistentlyAbsent() + g.severelyAbsent());
        missed(grid, GroupStatistics::sessions, codes);
        return grid;
    }

    private static <T> Grid<T> grid(String id, String label) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return grid;
    }

    private static <T> void figures(Grid<T> grid, Function<T, SessionFigures> sessions) {
        grid.addColumn(r -> Figures.percent(sessions.apply(r))).setHeader("Attendance").setWidth("8em")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setComparator(r -> {
                    Double p = sessions.apply(r).attendancePercent();
                    return p == null ? -1 : p;
                });
        grid.addColumn(r -> sessions.apply(r).counts().attended() + " of " + sessions.apply(r).counts().possible())
                .setHeader("Attended of possible").setWidth("7em").setFlexGrow(0)
                .setComparator(r -> sessions.apply(r).counts().possible());
        grid.addColumn(r -> sessions.apply(r).counts().authorisedAbsent() + " authorised, "
                        + sessions.apply(r).counts().unauthorisedAbsent() + " unauthorised")
                .setHeader("Absences").setWidth("8em").setFlexGrow(0)
                .setComparator(r -> sessions.apply(r).counts().unauthorisedAbsent());
        grid.addColumn(r -> sessions.apply(r).unrecorded()).setHeader("Not yet marked").setWidth("6.5em")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setComparator(r -> sessions.apply(r).unrecorded());
    }

    private static <T> void missed(Grid<T> grid, Function<T, SessionFigures> sessions, Map<String, String> codes) {
        grid.addColumn(r -> Figures.missed(sessions.apply(r), codes)).setHeader("Sessions missed by reason")
                .setWidth("10em").setFlexGrow(1);
    }
}
