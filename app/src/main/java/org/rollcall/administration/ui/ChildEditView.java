package org.rollcall.administration.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

import org.rollcall.administration.internal.ChildEditing;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.ChildAdmin.ChildDetails;
import org.rollcall.directory.ChildAdmin.ChildFields;
import org.rollcall.directory.ChildAdmin.ChildLine;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.Directory;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.Upn;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One child (ADR 0042): their details (UPN or "to collect", the authority's reference, names, date of birth, year
 * group, cohort, borough, SEN), then their placements and contacts once the child exists. Address
 * {@code admin/child/new} adds a child.
 */
@Route("admin/child")
@RolesAllowed("ADMIN")
public class ChildEditView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final H2 heading = new H2();
    final ComboBox<AuthoritySummary> authority = new ComboBox<>("Authority");
    final TextField upn = new TextField("UPN");
    final Checkbox upnToCollect = new Checkbox("UPN to collect");
    final TextField reference = new TextField("Authority's reference");
    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final Select<Integer> yearGroup = new Select<>();
    final Select<Cohort> cohort = new Select<>();
    final Checkbox inBorough = new Checkbox("In borough");
    final Select<SenStatus> sen = new Select<>();
    final Button save = new Button("Save");
    final Paragraph problem = new Paragraph();
    final Paragraph done = new Paragraph();
    final PlacementsSection placements;
    final ContactsSection contacts;

    private final ChildEditing children;
    private final Directory directory;
    private ChildId child;

    public ChildEditView(ChildEditing children, Directory directory, Clock clock) {
        this.children = children;
        this.directory = directory;
        this.placements = new PlacementsSection(children, directory, this::reload);
        this.contacts = new ContactsSection(children, this::reload);
        authority.setItems(directory.authorities());
        authority.setItemLabelGenerator(a -> a.name() + " (" + a.laCode() + ")");
        upn.setHelperText("13 characters: a check letter and 12 digits, e.g. " + Upn.withCheckLetter("801200001001"));
        upnToCollect.addValueChangeListener(e -> upn.setEnabled(!e.getValue()));
        reference.setHelperText("The authority's own number for the child, if it has one");
        dateOfBirth.setLocale(Locale.UK);
        dateOfBirth.setMax(LocalDate.now(clock));
        yearGroup.setLabel("Year group");
        yearGroup.setItems(IntStream.rangeClosed(0, 14).boxed().toList());
        yearGroup.setItemLabelGenerator(ChildrenView::year);
        cohort.setLabel("Cohort");
        cohort.setItems(Arrays.asList(Cohort.values()));
        cohort.setItemLabelGenerator(Cohort::label);
        sen.setLabel("SEN");
        sen.setItems(Arrays.asList(SenStatus.values()));
        sen.setItemLabelGenerator(SenStatus::label);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        problem.setId("child-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        done.setId("child-done");
        FormLayout form = new FormLayout(authority, upn, upnToCollect, reference, firstName, lastName, dateOfBirth,
                yearGroup, cohort, inBorough, sen);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(new Anchor("admin/children", "All children"), heading, form, save, problem, done, placements, contacts);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            child = null;
            heading.setText("New child");
            authority.setEnabled(true);
            yearGroup.setValue(7);
            cohort.setValue(Cohort.LAC);
            sen.setValue(SenStatus.NONE);
            inBorough.setValue(true);
            placements.setVisible(false);
            contacts.setVisible(false);
            return;
        }
        try {
            child = new ChildId(java.util.UUID.fromString(parameter));
            reload();
        } catch (IllegalArgumentException e) {
            child = null;
            heading.setText("No such child");
            removeAll();
            add(new Anchor("admin/children", "All children"), heading);
        }
    }

    /** The child on the page; null for a new one not yet saved. */
    ChildId childId() {
        return child;
    }

    @Override
    public String getPageTitle() {
        return heading.getText().isEmpty() ? "Child" : heading.getText();
    }

    void reload() {
        ChildDetails details = children.details(child);
        ChildLine c = details.child();
        heading.setText(c.firstName() + " " + c.lastName());
        authority.setValue(directory.authorities().stream().filter(a -> a.id().equals(c.authority())).findFirst()
                .orElse(null));
        authority.setEnabled(false);
        upn.setValue(c.upn() == null ? "" : c.upn().value());
        upnToCollect.setValue(c.upn() == null);
        reference.setValue(c.localReference() == null ? "" : c.localReference());
        firstName.setValue(c.firstName());
        lastName.setValue(c.lastName());
        dateOfBirth.setValue(c.dateOfBirth());
        yearGroup.setValue(c.yearGroup());
        cohort.setValue(c.cohort());
        inBorough.setValue(c.inBorough());
        sen.setValue(c.senStatus());
        placements.show(child, details.placements());
        contacts.show(child, details.contacts());
        placements.setVisible(true);
        contacts.setVisible(true);
    }

    void save() {
        problem.setText("");
        done.setText("");
        try {
            ChildFields fields = new ChildFields(newChild(), reference.getValue());
            if (child == null) {
                child = children.create(fields);
                done.setText("Added " + fields.child().firstName().strip() + " " + fields.child().lastName().strip()
                        + ".");
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "admin/child/" + child));
            } else {
                children.update(child, fields);
                done.setText("Saved.");
            }
            reload();
        } catch (IllegalArgumentException e) {
            problem.setText("Not saved: " + e.getMessage());
        }
    }

    private NewChild newChild() {
        if (authority.getValue() == null) {
            throw new IllegalArgumentException("authority is required: the authority that monitors the child");
        }
        Upn parsed = null;
        if (!upnToCollect.getValue()) {
            if (upn.getValue().isBlank()) {
                throw new IllegalArgumentException("UPN is required, or tick \"UPN to collect\" until the school "
                        + "gives it");
            }
            parsed = Upn.parse(upn.getValue());
        }
        if (dateOfBirth.getValue() == null) {
            throw new IllegalArgumentException("date of birth is required, as day/month/year");
        }
        if (yearGroup.getValue() == null || cohort.getValue() == null || sen.getValue() == null) {
            throw new IllegalArgumentException("year group, cohort and SEN are required");
        }
        return new NewChild(authority.getValue().id(), parsed, firstName.getValue().strip(),
                lastName.getValue().strip(), dateOfBirth.getValue(), yearGroup.getValue(), cohort.getValue(),
                inBorough.getValue(), sen.getValue());
    }
}
