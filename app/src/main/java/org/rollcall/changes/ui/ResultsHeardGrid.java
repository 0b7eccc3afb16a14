package org.rollcall.changes.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rollcall.attainment.RecordedResult;
import org.rollcall.attainment.Results;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.Directory;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Results heard on the day's calls belong with its changes: the authority sees both on one page. */
class ResultsHeardGrid extends VerticalLayout {

    private final Results results;
    private final Directory directory;
    private final Clock clock;
    final H3 heading = new H3();
    final Grid<RecordedResult> grid = new Grid<>(RecordedResult.class, false);
    private Map<ChildId, ChildLabel> names = Map.of();

    ResultsHeardGrid(Results results, Directory directory, Clock clock) {
        this.results = results;
        this.directory = directory;
        this.clock = clock;
        setPadding(false);
        grid.setId("results-heard-grid");
        grid.addColumn(r -> HumanDates.time(r.recordedAt(), clock.getZone())).setHeader("Time").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> names.containsKey(r.child()) ? names.get(r.child()).name() : "")
                .setHeader("Child").setWidth("9em").setFlexGrow(1);
        grid.addColumn(r -> r.assessment().label()).setHeader("Assessment").setWidth("10em").setFlexGrow(1);
        grid.addColumn(r -> r.subject().label()).setHeader("Subject").setWidth("9em").setFlexGrow(1);
        grid.addColumn(RecordedResult::shown).setHeader("Result").setWidth("8em").setFlexGrow(1);
        grid.addColumn(RecordedResult::recordedBy).setHeader("Recorded by").setWidth("7em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Results heard on calls");
        add(heading, grid);
    }

    void show(AuthorityId authority, LocalDate day) {
        List<RecordedResult> found = results.recordedBetween(authority,
                day.atStartOfDay(clock.getZone()).toInstant(), day.plusDays(1).atStartOfDay(clock.getZone())
                        .toInstant());
        names = directory.childLabels(found.stream().map(RecordedResult::child).distinct().toList());
        heading.setText((found.isEmpty() ? "No result" : found.size() + (found.size() == 1 ? " result" : " results"))
                + " heard on " + HumanDates.day(day));
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
    }
}
