package org.rollcall.administration.ui;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.rollcall.administration.internal.ChildEditing;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.ChildAdmin.ChildFilter;
import org.rollcall.directory.ChildAdmin.ChildLine;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.Directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Every monitored child (ADR 0042), paged in SQL: search by name, UPN or the authority's own reference, filters by
 * authority, cohort, in or out of borough, year group and UPN still to collect. A row opens the child's page.
 */
@Route("admin/children")
@PageTitle(ChildrenView.TITLE)
@Menu(title = ChildrenView.TITLE, order = 52, icon = "vaadin:child")
@RolesAllowed("ADMIN")
public class ChildrenView extends VerticalLayout {

    static final String TITLE = "Children";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    final TextField search = new TextField("Search");
    final ComboBox<AuthoritySummary> authority = new ComboBox<>("Authority");
    final Select<Cohort> cohort = new Select<>();
    final Select<Boolean> borough = new Select<>();
    final Select<Integer> yearGroup = new Select<>();
    final Checkbox upnToCollect = new Checkbox("UPN to collect");
    final Button add = new Button("Add child");
    final Paragraph summary = new Paragraph();
    final Grid<ChildLine> grid = new Grid<>();

    private final ChildEditing children;

    public ChildrenView(ChildEditing children, Directory directory) {
        this.children = children;
        search.setHelperText("Part of a name, or the start of a UPN or the authority's reference");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20rem");
        authority.setItems(directory.authorities());
        authority.setItemLabelGenerator(a -> a.name() + " (" + a.laCode() + ")");
        authority.setClearButtonVisible(true);
        cohort.setLabel("Cohort");
        cohort.setItems(Arrays.asList(Cohort.values()));
        cohort.setEmptySelectionAllowed(true);
        cohort.setEmptySelectionCaption("Any cohort");
        cohort.setItemLabelGenerator(c -> c == null ? "Any cohort" : c.label());
        borough.setLabel("Borough");
        borough.setItems(List.of(true, false));
        borough.setEmptySelectionAllowed(true);
        borough.setEmptySelectionCaption("In or out");
        borough.setItemLabelGenerator(b -> b == null ? "In or out" : b ? "In borough" : "Out of borough");
        yearGroup.setLabel("Year group");
        yearGroup.setItems(IntStream.rangeClosed(0, 14).boxed().toList());
        yearGroup.setEmptySelectionAllowed(true);
        yearGroup.setEmptySelectionCaption("Any year");
        yearGroup.setItemLabelGenerator(ChildrenView::year);
        search.addValueChangeListener(e -> refresh());
        authority.addValueChangeListener(e -> refresh());
        cohort.addValueChangeListener(e -> refresh());
        borough.addValueChangeListener(e -> refresh());
        yearGroup.addValueChangeListener(e -> refresh());
        upnToCollect.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ChildEditView.class, "new")));
        HorizontalLayout filters = new HorizontalLayout(search, authority, cohort, borough, yearGroup, upnToCollect,
                add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("children-grid");
        grid.addColumn(c -> c.lastName() + ", " + c.firstName()).setHeader("Name");
        grid.addColumn(c -> c.upn() == null ? "To collect" : c.upn().value()).setHeader("UPN");
        grid.addColumn(c -> c.localReference() == null ? "" : c.localReference()).setHeader("Reference");
        grid.addColumn(ChildLine::authorityName).setHeader("Authority");
        grid.addColumn(c -> DAY.format(c.dateOfBirth())).setHeader("Date of birth");
        grid.addColumn(c -> year(c.yearGroup())).setHeader("Year");
        grid.addColumn(c -> c.cohort().label()).setHeader("Cohort");
        grid.addColumn(c -> c.inBorough() ? "In" : "Out").setHeader("Borough").setWidth("6rem").setFlexGrow(0);
        grid.setPageSize(50);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ChildEditView.class,
                e.getItem().id().toString())));
        summary.setId("children-summary");
        add(filters, summary, grid);
        setSizeFull();
        grid.setSizeFull();
        refresh();
    }

    ChildFilter filter() {
        return new ChildFilter(search.getValue(), authority.getValue() == null ? null : authority.getValue().id(),
                cohort.getValue(), borough.getValue(), yearGroup.getValue(), upnToCollect.getValue());
    }

    void refresh() {
        ChildFilter filter = filter();
        long count = children.count(filter);
        summary.setText(count == 0 ? "No child matches." : count + (count == 1 ? " child" : " children"));
        grid.setItems(q -> children.page(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, children.count(filter)));
    }

    static String year(Integer year) {
        return year == null ? "Any year" : year == 0 ? "Reception" : "Year " + year;
    }
}
