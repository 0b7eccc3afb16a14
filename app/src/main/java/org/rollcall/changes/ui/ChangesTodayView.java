package org.rollcall.changes.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.attainment.Results;
import org.rollcall.changes.ChangeRecord;
import org.rollcall.changes.Changes;
import org.rollcall.directory.Directory;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.platform.web.PageRequest;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The changes operators heard on calls about the authority's children on a day (today unless another is picked):
 * when, whose, what it is now and was before, who made it and on which school's call; then the results heard.
 */
@Route("extranet/changes")
@PageTitle("Changes heard")
@Menu(title = "Changes heard", order = 36, icon = "vaadin:edit")
@RolesAllowed("AUTHORITY")
public class ChangesTodayView extends VerticalLayout {

    // One day of one authority's changes: a few dozen at most; the API pages longer periods.
    private static final int MAX_SHOWN = 500;

    private final Changes changes;
    private final Clock clock;
    private final Caller me;
    final DatePicker day = new DatePicker("Day");
    final Grid<ChangeRecord> grid = new Grid<>(ChangeRecord.class, false);
    final Span summary = new Span();
    final ResultsHeardGrid results;

    public ChangesTodayView(Accounts accounts, Changes changes, Results results, Directory directory, Clock clock) {
        this.changes = changes;
        this.results = new ResultsHeardGrid(results, directory, clock);
        this.clock = clock;
        this.me = accounts.caller();
        day.setValue(LocalDate.now(clock));
        day.setMax(LocalDate.now(clock));
        day.addValueChangeListener(e -> refresh());
        grid.setId("changes-grid");
        grid.addColumn(c -> HumanDates.time(c.madeAt(), clock.getZone())).setHeader("Time").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.childName() == null ? "The school: " + c.provisionName() : c.childName())
                .setHeader("About").setWidth("8em").setFlexGrow(1);
        grid.addColumn(c -> c.kind().label()).setHeader("Change").setWidth("8em").setFlexGrow(1);
        grid.addColumn(ChangeRecord::after).setHeader("Now").setFlexGrow(2).setWidth("11em");
        grid.addColumn(c -> c.before() == null ? "Nothing on record" : c.before()).setHeader("Before")
                .setFlexGrow(1).setWidth("10em");
        grid.addColumn(ChangeRecord::madeBy).setHeader("Made by").setWidth("7em").setFlexGrow(0);
        grid.addColumn(ChangeRecord::provisionName).setHeader("Heard from").setWidth("10em").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Changes heard on calls");
        summary.setId("changes-summary");
        HorizontalLayout top = new HorizontalLayout(day, summary);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, grid, this.results);
        setSizeFull();
        refresh();
    }

    void refresh() {
        LocalDate shown = day.getValue() == null ? LocalDate.now(clock) : day.getValue();
        List<ChangeRecord> list = changes.ofAuthority(me.authorityId(), shown, shown,
                new PageRequest(0, MAX_SHOWN)).items();
        summary.setText((list.isEmpty() ? "No change" : list.size() + (list.size() == 1 ? " change" : " changes"))
                + " heard on " + HumanDates.day(shown));
        grid.setItems(list);
        results.show(me.authorityId(), shown);
    }
}
