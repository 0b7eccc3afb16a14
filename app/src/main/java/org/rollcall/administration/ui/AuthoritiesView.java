package org.rollcall.administration.ui;

import org.rollcall.administration.internal.AuthorityEditing;
import org.rollcall.directory.AuthorityAdmin.AuthorityDetails;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Every authority, paged in SQL, searched by name or LA number; a row opens its screen, a button adds one. */
@Route("admin/authorities")
@PageTitle(AuthoritiesView.TITLE)
@Menu(title = AuthoritiesView.TITLE, order = 50, icon = "vaadin:building")
@RolesAllowed("ADMIN")
public class AuthoritiesView extends VerticalLayout {

    static final String TITLE = "Authorities";

    final TextField search = new TextField("Search by name or LA number");
    final Grid<AuthorityDetails> grid = new Grid<>();
    final Button create = new Button("New authority");
    final Paragraph total = new Paragraph();

    public AuthoritiesView(AuthorityEditing editing) {
        search.setId("authorities-search");
        grid.setId("authorities-grid");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        // Cells wrap (never cut with "…"), as on the other admin lists.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Authorities");
        grid.addColumn(AuthorityDetails::name).setHeader("Name").setFlexGrow(3).setSortable(false);
        grid.addColumn(AuthorityDetails::laCode).setHeader("LA number").setFlexGrow(1);
        grid.addColumn(a -> a.nation().label()).setHeader("Nation").setFlexGrow(1);
        grid.addColumn(a -> a.virtualSchool() == null ? "Not given" : a.virtualSchool().name())
                .setHeader("Virtual School contact").setFlexGrow(2);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addComponentColumn(a -> new Button("Edit", click -> open(a))).setHeader("Change").setAutoWidth(true)
                .setFlexGrow(0);
        Runnable refresh = () -> {
            String text = search.getValue();
            long count = editing.count(text);
            total.setText(count == 1 ? "1 authority" : count + " authorities");
            grid.setItems(q -> editing.page(text, q.getOffset(), q.getLimit()).stream(), q -> (int) count);
        };
        search.addValueChangeListener(e -> refresh.run());
        create.addClickListener(e -> create.getUI().ifPresent(ui -> ui.navigate("admin/authorities/new")));
        refresh.run();
        add(new H2(TITLE), new HorizontalLayout(search, create), total, grid);
        setSizeFull();
    }

    private void open(AuthorityDetails authority) {
        getUI().ifPresent(ui -> ui.navigate("admin/authorities/" + authority.id()));
    }
}
