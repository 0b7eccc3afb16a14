package org.rollcall.administration.ui;

import java.util.List;
import java.util.UUID;

import org.rollcall.administration.internal.ProvisionEditing;
import org.rollcall.directory.AuthorityAdmin.AuthorityDetails;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.ProvisionAdmin.ProvisionChanges;
import org.rollcall.directory.ProvisionAdmin.ProvisionDetails;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Urn;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One provision: its details, and once it exists its call windows, password, frequency and closures
 * ({@link ProvisionSections}), each saved on its own. {@code admin/provisions/new} adds one (daily; its afternoon
 * window is required, as when the service is introduced).
 */
@Route("admin/provisions/:id")
@RolesAllowed("ADMIN")
public class ProvisionEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph reference = new Paragraph();
    final TextField urn = new TextField("URN");
    final TextField name = new TextField("Name");
    final Select<ProvisionType> type = new Select<>();
    final Select<Nation> nation = new Select<>();
    final TextField phone = new TextField("Phone");
    final TextField contact = new TextField("Contact person");
    final ComboBox<AuthorityDetails> localAuthority = new ComboBox<>("Local authority (its term dates apply)");
    final TextField town = new TextField("Town");
    final PasswordField password = new PasswordField("Password (optional)");
    WindowsEditor windows;
    Section details;
    ProvisionSections sections;
    private final ProvisionEditing editing;
    private ProvisionId id;

    public ProvisionEditView(ProvisionEditing editing) {
        this.editing = editing;
        urn.setHelperText("Six digits, as on Get Information About Schools; empty for a provision without one "
                + "(it gets a Rollcall reference)");
        urn.setMaxLength(6);
        type.setLabel("Type");
        type.setItems(ProvisionType.values());
        type.setItemLabelGenerator(ProvisionType::label);
        nation.setLabel("Nation");
        nation.setItems(Nation.values());
        nation.setItemLabelGenerator(Nation::label);
        phone.setHelperText("A UK number, such as 01632 960123");
        List<AuthorityDetails> authorities = editing.authorities();
        localAuthority.setItems(authorities);
        localAuthority.setItemLabelGenerator(a -> a.name() + " (" + a.laCode() + ")");
        localAuthority.setClearButtonVisible(true);
        reference.setId("provision-reference");
        setMaxWidth("64em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String key = event.getRouteParameters().get("id").orElse("new");
        add(new Anchor("admin/provisions", "Back to provisions"), heading);
        if (key.equals("new")) {
            id = null;
            heading.setText("New provision");
            type.setValue(ProvisionType.MAINSTREAM);
            nation.setValue(Nation.ENGLAND);
            windows = new WindowsEditor(List.of());
            windows.addWindow(null);
            details = new Section("Details", "Create provision", this::create)
                    .with(urn, name, type, nation, phone, contact, localAuthority, town, password);
            details.addComponentAtIndex(2, new Paragraph("Call windows: an afternoon window is required; a "
                    + "morning one is for children called twice a day. New provisions are called daily."));
            details.addComponentAtIndex(3, windows);
            add(details);
            return;
        }
        ProvisionDetails provision;
        try {
            provision = editing.details(new ProvisionId(UUID.fromString(key)));
        } catch (IllegalArgumentException e) {
            heading.setText("Provision not found");
            add(new Paragraph("There is no provision at this address: go back to the list and choose one."));
            return;
        }
        id = provision.id();
        show(provision);
        nation.setReadOnly(true);
        details = new Section("Details", "Save details", this::saveDetails)
                .with(urn, name, type, nation, phone, contact, localAuthority, town);
        sections = new ProvisionSections(editing, provision);
        add(reference, details, sections);
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private void show(ProvisionDetails p) {
        heading.setText(p.name());
        reference.setText(p.urn() != null ? "URN " + p.urn().value()
                + (p.rollcallReference() == null ? "" : " (Rollcall reference " + p.rollcallReference() + ")")
                : "Rollcall reference " + p.rollcallReference() + " (no URN)");
        urn.setValue(p.urn() == null ? "" : p.urn().value());
        name.setValue(p.name());
        type.setValue(p.type());
        nation.setValue(p.nation());
        phone.setValue(p.phone().spoken());
        contact.setValue(p.contactName());
        localAuthority.setValue(p.localAuthority() == null ? null : editing.authorities().stream()
                .filter(a -> a.id().equals(p.localAuthority())).findFirst().orElse(null));
        town.setValue(p.town() == null ? "" : p.town());
    }

    private void create() {
        Urn givenUrn = Fields.optional("URN", urn.getValue(), Urn::new);
        UkPhoneNumber number = Fields.named("Phone", () -> UkPhoneNumber.parse(phone.getValue()));
        var chosen = windows.windows();
        NewProvision provision = Fields.named("Provision", () -> new NewProvision(name.getValue().strip(), givenUrn,
                type.getValue(), nation.getValue(), number, contact.getValue().strip(),
                Fields.blankToNull(password.getValue()), Frequency.DAILY, null, chosen,
                localAuthority.getValue() == null ? null : localAuthority.getValue().id(), null));
        ProvisionId created = Fields.named("Provision", () -> editing.create(provision, town.getValue()));
        getUI().ifPresent(ui -> ui.navigate("admin/provisions/" + created));
    }

    private void saveDetails() {
        Urn givenUrn = Fields.optional("URN", urn.getValue(), Urn::new);
        UkPhoneNumber number = Fields.named("Phone", () -> UkPhoneNumber.parse(phone.getValue()));
        editing.saveDetails(id, new ProvisionChanges(name.getValue(), givenUrn, type.getValue(), number,
                contact.getValue(), localAuthority.getValue() == null ? null : localAuthority.getValue().id(),
                town.getValue()));
        show(editing.details(id));
    }
}
