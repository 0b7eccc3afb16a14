package org.rollcall.administration.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.People;
import org.rollcall.accounts.People.Binding;
import org.rollcall.accounts.People.Person;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionType;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * People who sign in (ADR 0042): a paged list with search and a role filter, and a form to create a user, change
 * their name, role and binding, disable or enable them, reset their password (a temporary one shown once) and give
 * them an extra staff role. Every change is audited by accounts.
 */
@Route("admin/people")
@PageTitle(PeopleView.TITLE)
@Menu(title = PeopleView.TITLE, order = 53, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PeopleView extends HorizontalLayout {

    static final String TITLE = "People";
    private static final List<Role> USER_ROLES = Arrays.stream(Role.values()).filter(r -> r != Role.API).toList();
    private static final List<Role> EXTRA_ROLES = List.of(Role.OPERATOR, Role.SUPERVISOR, Role.QA, Role.ADMIN);

    final TextField search = new TextField("Search");
    final Select<Role> roleFilter = new Select<>();
    final Grid<Person> grid = new Grid<>();
    final Paragraph summary = new Paragraph();

    final H2 formTitle = new H2();
    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final ComboBox<AuthoritySummary> authority = new ComboBox<>("Authority");
    final ComboBox<ProvisionMatch> provision = new ComboBox<>("Provision");
    final PasswordField password = new PasswordField("Password");
    final Button save = new Button("Save");
    final Button newPerson = new Button("New person");
    final Button toggleEnabled = new Button();
    final Button resetPassword = new Button("Reset password");
    final Select<Role> extraRole = new Select<>();
    final Button grant = new Button("Give role");
    final Paragraph problem = new Paragraph();
    final Paragraph done = new Paragraph();
    final Paragraph temporaryPassword = new Paragraph();

    private final People people;
    private final Accounts accounts;
    private final Directory directory;
    private Person editing;

    public PeopleView(People people, Accounts accounts, Directory directory) {
        this.people = people;
        this.accounts = accounts;
        this.directory = directory;
        search.setHelperText("Part of a user name or name");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        roleFilter.setLabel("Role");
        roleFilter.setItems(USER_ROLES);
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption("All roles");
        roleFilter.setItemLabelGenerator(r -> r == null ? "All roles" : r.label());
        roleFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, roleFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("people-grid");
        grid.addColumn(Person::displayName).setHeader("Name").setSortable(false);
        grid.addColumn(Person::username).setHeader("User name");
        grid.addColumn(this::roleText).setHeader("Role");
        grid.addColumn(this::boundTo).setHeader("Bound to");
        grid.addColumn(p -> p.enabled() ? "Enabled" : "Disabled").setHeader("Status").setWidth("7rem")
                .setFlexGrow(0);
        grid.setPageSize(50);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        summary.setId("people-summary");
        VerticalLayout list = new VerticalLayout(filters, summary, grid);
        list.setSizeFull();
        list.setPadding(false);

        role.setLabel("Role");
        role.setItems(USER_ROLES);
        role.setItemLabelGenerator(Role::label);
        role.addValueChangeListener(e -> showBinding());
        authority.setItems(directory.authorities());
        authority.setItemLabelGenerator(a -> a.name() + " (" + a.laCode() + ")");
        authority.setHelperText("The one authority whose children an authority user sees");
        provision.setItems(query -> directory.searchProvisions(query.getFilter().orElse(""),
                EnumSet.allOf(ProvisionType.class), Math.min(50, query.getOffset() + query.getLimit())).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        provision.setItemLabelGenerator(ProvisionMatch::label);
        provision.setHelperText("The school whose pupils a designated teacher sees; type part of its name or URN");
        provision.setWidth("22rem");
        password.setHelperText("At least 8 characters");
        username.setHelperText("2 to 40 lower-case letters, digits, '.', '_' or '-'");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        newPerson.addClickListener(e -> edit(null));
        toggleEnabled.addClickListener(e -> toggle());
        resetPassword.addClickListener(e -> reset());
        extraRole.setLabel("Extra staff role");
        extraRole.setItems(EXTRA_ROLES);
        extraRole.setItemLabelGenerator(r -> r == null ? "" : r.label());
        grant.addClickListener(e -> grant());
        problem.setId("people-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        done.setId("people-done");
        temporaryPassword.setId("people-temporary-password");
        HorizontalLayout actions = new HorizontalLayout(save, toggleEnabled, resetPassword);
        HorizontalLayout extra = new HorizontalLayout(extraRole, grant);
        extra.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(newPerson, formTitle, username, displayName, role, authority,
                provision, password, actions, extra, problem, done, temporaryPassword);
        form.setWidth("26rem");
        form.setPadding(false);
        add(list, form);
        setSizeFull();
        refresh();
        edit(null);
    }

    void refresh() {
        String text = search.getValue();
        Role r = roleFilter.getValue();
        long count = people.count(text, r);
        summary.setText(count == 0 ? "Nobody matches." : count + (count == 1 ? " person" : " people"));
        grid.setItems(q -> people.search(text, r, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, people.count(text, r)));
    }

    /** Fills the form with a person, or empties it for a new one (null). */
    void edit(Person person) {
        editing = person;
        problem.setText("");
        temporaryPassword.setText("");
        formTitle.setText(person == null ? "New person" : person.displayName());
        username.setValue(person == null ? "" : person.username());
        username.setReadOnly(person != null);
        displayName.setValue(person == null ? "" : person.displayName());
        role.setValue(person == null ? Role.OPERATOR : person.role());
        authority.setValue(person == null || person.authority() == null ? null : directory.authorities().stream()
                .filter(a -> a.id().equals(person.authority())).findFirst().orElse(null));
        provision.setValue(person == null || person.provision() == null ? null
                : directory.provisionMatch(person.provision()).orElse(null));
        password.setValue("");
        password.setVisible(person == null);
        toggleEnabled.setVisible(person != null);
        toggleEnabled.setText(person != null && !person.enabled() ? "Enable" : "Disable");
        resetPassword.setVisible(person != null);
        extraRole.setVisible(person != null && staff(person.role()));
        grant.setVisible(extraRole.isVisible());
        showBinding();
    }

    private void showBinding() {
        authority.setVisible(role.getValue() == Role.AUTHORITY);
        provision.setVisible(role.getValue() == Role.DESIGNATED_TEACHER);
    }

    void save() {
        Binding binding = new Binding(displayName.getValue(), role.getValue(),
                role.getValue() == Role.AUTHORITY && authority.getValue() != null ? authority.getValue().id() : null,
                role.getValue() == Role.DESIGNATED_TEACHER && provision.getValue() != null
                        ? provision.getValue().id() : null);
        attempt(() -> {
            if (editing == null) {
                var id = people.create(username.getValue().strip(), password.getValue(), binding);
                done.setText("Created " + binding.displayName().strip() + ".");
                edit(people.find(id).orElseThrow());
            } else {
                people.update(editing.id(), binding);
                done.setText("Saved " + binding.displayName().strip() + ".");
                edit(people.find(editing.id()).orElseThrow());
            }
        });
    }

    void toggle() {
        attempt(() -> {
            people.setEnabled(editing.id(), !editing.enabled());
            done.setText((editing.enabled() ? "Disabled " : "Enabled ") + editing.displayName() + ".");
            edit(people.find(editing.id()).orElseThrow());
        });
    }

    void reset() {
        attempt(() -> {
            String temporary = people.resetPassword(editing.id());
            done.setText("");
            temporaryPassword.setText("Temporary password for " + editing.username() + ": " + temporary
                    + " — give it to them now; it is not shown again.");
        });
    }

    void grant() {
        attempt(() -> {
            if (extraRole.getValue() == null) {
                throw new IllegalArgumentException("extra staff role: choose one to give");
            }
            accounts.grantRole(editing.id(), extraRole.getValue());
            done.setText(editing.displayName() + " may also work as " + extraRole.getValue().label()
                    + " from their next sign-in.");
            edit(people.find(editing.id()).orElseThrow());
        });
    }

    private void attempt(Runnable action) {
        problem.setText("");
        done.setText("");
        try {
            action.run();
            refresh();
        } catch (IllegalArgumentException e) {
            problem.setText("Not saved: " + e.getMessage());
        }
    }

    private String roleText(Person p) {
        return p.role().label() + (p.extraRoles().isEmpty() ? "" : ", also " + String.join(", ",
                p.extraRoles().stream().map(Role::label).toList()));
    }

    private String boundTo(Person p) {
        if (p.authority() != null) {
            return directory.authority(p.authority()).name();
        }
        if (p.provision() != null) {
            return directory.provisionNames(List.of(p.provision())).getOrDefault(p.provision(), "");
        }
        return "";
    }

    private static boolean staff(Role role) {
        return EXTRA_ROLES.contains(role);
    }
}
