package org.rollcall.administration.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.rollcall.administration.internal.ChildEditing;
import org.rollcall.directory.ChildAdmin.PlacementLine;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionType;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** A child's placements: on roll and alternative, with dates; add one, or end one on a given day. */
class PlacementsSection extends VerticalLayout {

    final Grid<PlacementLine> grid = new Grid<>();
    final ComboBox<ProvisionMatch> provision = new ComboBox<>("Provision");
    final Select<PlacementKind> kind = new Select<>();
    final DatePicker startsOn = new DatePicker("Starts");
    final DatePicker endsOn = new DatePicker("Ends (optional)");
    final Button add = new Button("Add placement");
    final DatePicker lastDay = new DatePicker("Last day");
    final Button end = new Button("End selected placement");
    final Paragraph problem = new Paragraph();

    private final ChildEditing children;
    private final Runnable changed;
    private ChildId child;

    PlacementsSection(ChildEditing children, Directory directory, Runnable changed) {
        this.children = children;
        this.changed = changed;
        grid.setId("placements-grid");
        grid.addColumn(PlacementLine::provisionName).setHeader("Provision");
        grid.addColumn(p -> p.kind().label()).setHeader("Kind");
        grid.addColumn(p -> ChildrenView.DAY.format(p.startsOn())).setHeader("Starts");
        grid.addColumn(p -> p.endsOn() == null ? "No end date" : ChildrenView.DAY.format(p.endsOn()))
                .setHeader("Ends");
        grid.setAllRowsVisible(true);
        provision.setItems(query -> directory.searchProvisions(query.getFilter().orElse(""),
                EnumSet.allOf(ProvisionType.class), Math.min(50, query.getOffset() + query.getLimit())).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        provision.setItemLabelGenerator(ProvisionMatch::label);
        provision.setWidth("22rem");
        kind.setLabel("Kind");
        kind.setItems(Arrays.asList(PlacementKind.values()));
        kind.setItemLabelGenerator(PlacementKind::label);
        kind.setValue(PlacementKind.ON_ROLL);
        startsOn.setLocale(Locale.UK);
        endsOn.setLocale(Locale.UK);
        lastDay.setLocale(Locale.UK);
        add.addClickListener(e -> add());
        end.addClickListener(e -> end());
        problem.setId("placements-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout adding = new HorizontalLayout(provision, kind, startsOn, endsOn, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);
        HorizontalLayout ending = new HorizontalLayout(lastDay, end);
        ending.setAlignItems(FlexComponent.Alignment.BASELINE);
        setPadding(false);
        add(new H3("Placements"), grid, ending, adding, problem);
    }

    void show(ChildId child, List<PlacementLine> lines) {
        this.child = child;
        grid.setItems(lines);
    }

    void add() {
        attempt(() -> {
            if (provision.getValue() == null) {
                throw new IllegalArgumentException("provision is required: type part of its name or URN");
            }
            children.addPlacement(child, provision.getValue().id(), kind.getValue(), startsOn.getValue(),
                    endsOn.getValue());
            provision.clear();
            startsOn.clear();
            endsOn.clear();
        });
    }

    void end() {
        attempt(() -> {
            PlacementLine selected = grid.asSingleSelect().getValue();
            if (selected == null) {
                throw new IllegalArgumentException("choose the placement to end in the list first");
            }
            if (lastDay.getValue() == null) {
                throw new IllegalArgumentException("last day is required, as day/month/year");
            }
            children.endPlacement(child, selected.id(), lastDay.getValue());
            lastDay.clear();
        });
    }

    private void attempt(Runnable action) {
        problem.setText("");
        try {
            action.run();
            changed.run();
        } catch (IllegalArgumentException e) {
            problem.setText("Not saved: " + e.getMessage());
        }
    }
}
