package org.rollcall.administration.ui;

import java.util.List;

import org.rollcall.administration.internal.ChildEditing;
import org.rollcall.directory.ChildAdmin.ContactLine;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.UkPhoneNumber;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A child's contacts: carers and social workers to add, edit (choose one in the list) and remove; the designated
 * teachers of the provisions the child is placed at are listed too, and edited with their provision.
 */
class ContactsSection extends VerticalLayout {

    final Grid<ContactLine> grid = new Grid<>();
    final Select<ContactRole> role = new Select<>();
    final TextField name = new TextField("Name");
    final TextField phone = new TextField("Phone");
    final TextField email = new TextField("Email");
    final Button add = new Button("Add contact");
    final Button save = new Button("Save selected");
    final Button remove = new Button("Remove selected");
    final Paragraph problem = new Paragraph();

    private final ChildEditing children;
    private final Runnable changed;
    private ChildId child;

    ContactsSection(ChildEditing children, Runnable changed) {
        this.children = children;
        this.changed = changed;
        grid.setId("contacts-grid");
        grid.addColumn(c -> c.role().label()).setHeader("Role");
        grid.addColumn(ContactLine::name).setHeader("Name");
        grid.addColumn(c -> c.phone() == null ? "" : c.phone()).setHeader("Phone");
        grid.addColumn(c -> c.email() == null ? "" : c.email()).setHeader("Email");
        grid.addColumn(c -> c.provisionName() == null ? "This child" : "Provision: " + c.provisionName())
                .setHeader("Belongs to");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            ContactLine c = e.getValue();
            boolean own = c != null && c.provisionName() == null;
            if (own) {
                role.setValue(c.role());
                name.setValue(c.name());
                phone.setValue(c.phone() == null ? "" : c.phone());
                email.setValue(c.email() == null ? "" : c.email());
            }
            save.setEnabled(own);
            remove.setEnabled(own);
        });
        role.setLabel("Role");
        role.setItems(ContactRole.CARER, ContactRole.SOCIAL_WORKER);
        role.setItemLabelGenerator(ContactRole::label);
        role.setValue(ContactRole.CARER);
        phone.setHelperText("A UK number, e.g. 07700 900123");
        add.addClickListener(e -> attempt(() -> children.addContact(child, role.getValue(), name.getValue(),
                phone(), email.getValue())));
        save.addClickListener(e -> attempt(() -> children.updateContact(child, grid.asSingleSelect().getValue().id(),
                name.getValue(), phone(), email.getValue())));
        remove.addClickListener(e -> attempt(() -> children.removeContact(child,
                grid.asSingleSelect().getValue().id())));
        save.setEnabled(false);
        remove.setEnabled(false);
        problem.setId("contacts-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout fields = new HorizontalLayout(role, name, phone, email);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        setPadding(false);
        add(new H3("Contacts"), grid, fields, new HorizontalLayout(add, save, remove), problem);
    }

    void show(ChildId child, List<ContactLine> lines) {
        this.child = child;
        grid.setItems(lines);
        save.setEnabled(false);
        remove.setEnabled(false);
    }

    private UkPhoneNumber phone() {
        try {
            return phone.getValue().isBlank() ? null : UkPhoneNumber.parse(phone.getValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("phone: " + e.getMessage(), e);
        }
    }

    private void attempt(Runnable action) {
        problem.setText("");
        try {
            action.run();
            name.clear();
            phone.clear();
            email.clear();
            changed.run();
        } catch (IllegalArgumentException e) {
            problem.setText("Not saved: " + e.getMessage());
        }
    }
}
