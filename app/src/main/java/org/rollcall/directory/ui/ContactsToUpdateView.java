package org.rollcall.directory.ui;

import java.time.Clock;
import java.util.List;

import org.rollcall.directory.ContactToUpdate;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Contacts Rollcall found wrong while using them (a carer's number that reached someone else, an email address the
 * outbox could not send to), with why, when and who found it. Choosing one opens its phone and email to correct;
 * saving clears it from the list.
 */
@Route("contacts-to-update")
@PageTitle(ContactsToUpdateView.TITLE)
@Menu(title = ContactsToUpdateView.TITLE, order = 45, icon = "vaadin:user-check")
@RolesAllowed("ADMIN")
public class ContactsToUpdateView extends VerticalLayout {

    static final String TITLE = "Contacts to update";

    final Grid<ContactToUpdate> grid = new Grid<>(ContactToUpdate.class, false);
    final VerticalLayout editor = new VerticalLayout();
    final Span summary = new Span();
    final TextField phone = new TextField("Phone");
    final TextField email = new TextField("Email");
    final Button save = new Button("Save and clear (Alt+S)");
    final Span status = new Span();
    private final ContactsToUpdate contacts;
    private final String me;
    private final Clock clock;
    private ContactToUpdate chosen;

    // The signed-in user from Spring Security, not the accounts module: accounts depends on directory.
    public ContactsToUpdateView(ContactsToUpdate contacts, AuthenticationContext signedIn, Clock clock) {
        this.contacts = contacts;
        this.me = signedIn.getPrincipalName().orElse("an administrator");
        this.clock = clock;
        grid.setId("contacts-to-update-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ContactToUpdate::what).setHeader("Whose contact").setWidth("11rem");
        grid.addColumn(ContactToUpdate::name).setHeader("Name").setWidth("8rem");
        // An address is one long word: broken anywhere so it is read whole, never cut with "…".
        grid.addComponentColumn(c -> {
            Span found = new Span(c.found());
            found.getStyle().set("overflow-wrap", "anywhere");
            return found;
        }).setHeader("Found wrong").setWidth("11rem");
        grid.addColumn(ContactToUpdate::reason).setHeader("Why").setWidth("14rem").setFlexGrow(2);
        grid.addColumn(c -> HumanDates.day(c.flaggedAt().atZone(clock.getZone()).toLocalDate()) + " at "
                + HumanDates.time(c.flaggedAt(), clock.getZone()) + " by " + c.flaggedBy()).setHeader("Found")
                .setWidth("10rem");
        grid.addComponentColumn(c -> {
            Button open = new Button("Correct", e -> choose(c));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setAriaLabel("Correct the contact: " + c.what());
            return open;
        }).setHeader("Correct").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(TITLE);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> choose(e.getItem()));
        summary.setId("contacts-to-update-summary");
        editor.setId("contact-editor");
        editor.setPadding(false);
        phone.setHelperText("A UK number, such as 07700 900123");
        email.setHelperText("One address, such as name@example.org");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.ALT).resetFocusOnActiveElement();
        save.addClickListener(e -> save());
        status.setId("contact-status");
        status.getElement().setAttribute("role", "status");
        add(new H2(TITLE), summary, grid, status, editor);
        setWidthFull();
        refresh();
    }

    private void refresh() {
        List<ContactToUpdate> open = contacts.list();
        grid.setItems(open);
        summary.setText(open.isEmpty() ? "No contact needs updating." : open.size()
                + (open.size() == 1 ? " contact needs" : " contacts need") + " updating.");
    }

    void choose(ContactToUpdate c) {
        chosen = c;
        editor.removeAll();
        editor.add(new H3("Correct: " + c.what() + " (" + c.name() + ")"));
        editor.add(new Paragraph("Why: " + c.reason() + ". Found wrong: " + c.found() + "."));
        if (c.contact() == null) {
            editor.add(new Paragraph("A duty address is part of the authority's escalation settings: change it there "
                    + "and it leaves this list."));
            return;
        }
        phone.setValue(c.phone() == null ? "" : c.phone());
        email.setValue(c.email() == null ? "" : c.email());
        phone.setInvalid(false);
        email.setInvalid(false);
        editor.add(new HorizontalLayout(phone, email), save);
        phone.focus();
    }

    void save() {
        if (chosen == null || chosen.contact() == null) {
            return;
        }
        UkPhoneNumber number;
        try {
            number = phone.getValue().isBlank() ? null : UkPhoneNumber.parse(phone.getValue());
            phone.setInvalid(false);
        } catch (IllegalArgumentException e) {
            phone.setInvalid(true);
            phone.setErrorMessage(e.getMessage());
            status.setText("Not saved: the phone number " + e.getMessage());
            return;
        }
        try {
            contacts.correct(chosen.contact(), number, email.getValue(), me);
        } catch (IllegalArgumentException e) {
            email.setInvalid(true);
            email.setErrorMessage(e.getMessage());
            status.setText("Not saved: " + e.getMessage());
            return;
        }
        status.setText("Saved: " + chosen.what() + " is up to date and off the list.");
        chosen = null;
        editor.removeAll();
        refresh();
    }
}
