package org.rollcall.administration.ui;

import java.util.UUID;

import org.rollcall.administration.internal.AuthorityEditing;
import org.rollcall.administration.internal.AuthorityMessageEditing;
import org.rollcall.directory.AuthorityAdmin.AuthorityDetails;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Nation;
import org.rollcall.directory.VirtualSchoolContact;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One authority: its details (name, nation, LA number, Virtual School contact), and, once it exists, its service
 * scope and cohorts, escalation settings and carer-call hours, recording retention and report emails
 * ({@link AuthoritySettingsSections}), and its emails' signature and wording ({@link MessagesSection}).
 * Each part saves on its own. {@code admin/authorities/new} adds one.
 */
@Route("admin/authorities/:id")
@RolesAllowed("ADMIN")
public class AuthorityEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final TextField name = new TextField("Name");
    final Select<Nation> nation = new Select<>();
    final TextField laCode = new TextField("LA number");
    final TextField vsName = new TextField("Virtual School contact");
    final TextField vsEmail = new TextField("Virtual School email");
    final TextField vsPhone = new TextField("Virtual School phone");
    Section details;
    AuthoritySettingsSections settings;
    MessagesSection messages;
    private final AuthorityEditing editing;
    private final AuthorityMessageEditing messageEditing;
    private AuthorityId id;

    public AuthorityEditView(AuthorityEditing editing, AuthorityMessageEditing messageEditing) {
        this.editing = editing;
        this.messageEditing = messageEditing;
        nation.setLabel("Nation");
        nation.setItems(Nation.values());
        nation.setItemLabelGenerator(Nation::label);
        nation.setValue(Nation.ENGLAND);
        laCode.setHelperText("Three digits, for example 202");
        laCode.setMaxLength(3);
        vsName.setHelperText("A name or a role, such as Virtual School head");
        vsPhone.setHelperText("A UK number, such as 01632 960123");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String key = event.getRouteParameters().get("id").orElse("new");
        add(new Anchor("admin/authorities", "Back to authorities"), heading);
        if (key.equals("new")) {
            id = null;
            heading.setText("New authority");
            details = new Section("Details", "Create authority", this::create);
            add(details.with(name, nation, laCode, vsName, vsEmail, vsPhone));
            return;
        }
        AuthorityDetails authority;
        try {
            authority = editing.details(new AuthorityId(UUID.fromString(key)));
        } catch (IllegalArgumentException e) {
            heading.setText("Authority not found");
            add(new Paragraph("There is no authority at this address: go back to the list and choose one."));
            return;
        }
        id = authority.id();
        show(authority);
        details = new Section("Details", "Save details", this::saveDetails);
        settings = new AuthoritySettingsSections(editing, id);
        messages = new MessagesSection(messageEditing, id);
        add(details.with(name, nation, laCode, vsName, vsEmail, vsPhone), settings, messages);
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private void show(AuthorityDetails authority) {
        heading.setText(authority.name() + " (LA " + authority.laCode() + ")");
        name.setValue(authority.name());
        nation.setValue(authority.nation());
        laCode.setValue(authority.laCode());
        VirtualSchoolContact vs = authority.virtualSchool();
        vsName.setValue(vs == null ? "" : vs.name());
        vsEmail.setValue(vs == null || vs.email() == null ? "" : vs.email().value());
        vsPhone.setValue(vs == null || vs.phone() == null ? "" : vs.phone().spoken());
    }

    private VirtualSchoolContact contact() {
        if (vsName.isEmpty() && vsEmail.isEmpty() && vsPhone.isEmpty()) {
            return null;
        }
        var email = Fields.email("Virtual School email", vsEmail.getValue());
        var phone = Fields.phone("Virtual School phone", vsPhone.getValue());
        return Fields.named("Virtual School contact", () -> new VirtualSchoolContact(vsName.getValue(), email,
                phone));
    }

    private void create() {
        VirtualSchoolContact contact = contact();
        AuthorityId created = Fields.named("Authority", () -> editing.create(name.getValue(), nation.getValue(),
                laCode.getValue(), contact));
        getUI().ifPresent(ui -> ui.navigate("admin/authorities/" + created));
    }

    private void saveDetails() {
        VirtualSchoolContact contact = contact();
        editing.saveDetails(id, name.getValue(), nation.getValue(), laCode.getValue(), contact);
        show(editing.details(id));
    }
}
