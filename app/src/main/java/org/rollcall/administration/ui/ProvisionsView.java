package org.rollcall.administration.ui;

import org.rollcall.administration.internal.ProvisionEditing;
import org.rollcall.directory.AuthorityAdmin.AuthorityDetails;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.ProvisionAdmin.ProvisionFilter;
import org.rollcall.directory.ProvisionAdmin.ProvisionRow;
import org.rollcall.directory.ProvisionType;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
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
 * Every provision, paged in SQL (ADR 0041): search by name, town, URN or Rollcall reference, filter by local
 * authority, type, frequency or "no call window"; a row opens its screen.
 */
@Route("admin/provisions")
@PageTitle(ProvisionsView.TITLE)
@Menu(title = ProvisionsView.TITLE, order = 51, icon = "vaadin:academy-cap")
@RolesAllowed("ADMIN")
public class ProvisionsView extends VerticalLayout {

    static final String TITLE = "Provisions";

    final TextField search = new TextField("Search by name, town, URN or reference");
    final ComboBox<AuthorityDetails> authority = new ComboBox<>("Local authority");
    final Select<ProvisionType> type = new Select<>();
    final Select<Frequency> frequency = new Select<>();
    final Checkbox withoutWindow = new Checkbox("No call window");
    final Grid<ProvisionRow> grid = new Grid<>();
    final Button create = new Button("New provision");
    final Paragraph total = new Paragraph();
    private final ProvisionEditing editing;

    public ProvisionsView(ProvisionEditing editing) {
        this.editing = editing;
        search.setId("provisions-search");
        grid.setId("provisions-grid");
        total.setId("provisions-total");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMinWidth("20em");
        authority.setItems(editing.authorities());
        authority.setItemLabelGenerator(a -> a.name() + " (" + a.laCode() + ")");
        authority.setClearButtonVisible(true);
        type.setLabel("Type");
        type.setItems(ProvisionType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any type" : t.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        frequency.setLabel("Frequency");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> f == null ? "Daily or weekly" : f.label());
        frequency.setEmptySelectionAllowed(true);
        frequency.setEmptySelectionCaption("Daily or weekly");
        // Cells wrap (never cut with "…"), as on the other admin lists.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Provisions");
        grid.addColumn(ProvisionRow::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(ProvisionRow::reference).setHeader("URN or reference").setFlexGrow(1);
        grid.addColumn(p -> p.type().label()).setHeader("Type").setFlexGrow(2);
        grid.addColumn(p -> p.town() == null ? "Not known" : p.town()).setHeader("Town").setFlexGrow(1);
        grid.addColumn(p -> p.localAuthorityName() == null ? "Not known" : p.localAuthorityName())
                .setHeader("Local authority").setFlexGrow(2);
        grid.addColumn(p -> p.frequency().label()).setHeader("Frequency").setFlexGrow(1);
        grid.addColumn(p -> p.windows() == 0 ? "None" : String.valueOf(p.windows())).setHeader("Call windows")
                .setFlexGrow(1);
        grid.addComponentColumn(p -> new Button("Edit", click -> open(p))).setHeader("Change").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        search.addValueChangeListener(e -> refresh());
        authority.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        frequency.addValueChangeListener(e -> refresh());
        withoutWindow.addValueChangeListener(e -> refresh());
        create.addClickListener(e -> create.getUI().ifPresent(ui -> ui.navigate("admin/provisions/new")));
        HorizontalLayout filters = new HorizontalLayout(search, authority, type, frequency, withoutWindow, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(TITLE), filters, total, grid);
        setSizeFull();
        refresh();
    }

    ProvisionFilter filter() {
        return new ProvisionFilter(search.getValue(), authority.getValue() == null ? null : authority.getValue().id(),
                type.getValue(), frequency.getValue(), withoutWindow.getValue());
    }

    private void refresh() {
        ProvisionFilter filter = filter();
        long count = editing.count(filter);
        total.setText(count == 1 ? "1 provision" : String.format("%,d provisions", count));
        grid.setItems(q -> editing.page(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) count);
    }

    private void open(ProvisionRow provision) {
        getUI().ifPresent(ui -> ui.navigate("admin/provisions/" + provision.id()));
    }
}
