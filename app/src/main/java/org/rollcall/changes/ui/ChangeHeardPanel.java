package org.rollcall.changes.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rollcall.calls.CallId;
import org.rollcall.changes.ChangeField;
import org.rollcall.changes.ChangeKind;
import org.rollcall.changes.ChangeRecord;
import org.rollcall.changes.ChangeRefusedException;
import org.rollcall.changes.Changes;
import org.rollcall.changes.HeardChange;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.DetailsHeard;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.SenStatus;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinService;

/**
 * "Change heard", under the marks on a school call: the operator opens it (Alt+G, or its button), chooses a
 * child of the call (or the school, for its designated teacher), the kind of change, fills its fields and saves
 * (Alt+G again). Each change is saved on its own, at once; a refused field says beside itself what is wrong and
 * what is accepted, and every other field (and the marks above) keeps what was typed. Saved changes are listed
 * here for the rest of the call. Shared with the operator's workspace, hence a named interface of its own.
 */
@NamedInterface("change-heard-panel")
public class ChangeHeardPanel extends VerticalLayout {

    /** A choice in "About": one of the call's children, or the school ({@code child} null). */
    public record About(ExpectedChild child, String label) {
    }

    // The form is built when the operator opens it (open()): most calls hear no change, and building it for each
    // call was about a third of the server's work in a screen pop (issue 17).
    final Button opener = new Button("Record a change heard (Alt+G)");
    Select<About> about;
    Select<ChangeKind> kind;
    TextField name;
    TextField phone;
    TextField email;
    Select<SenStatus> sen;
    TextField upn;
    Checkbox otherAuthority;
    DatePicker date;
    TextField school;
    /** The moved-school case's own fields (moves module): the school from the directory or a new one. */
    org.rollcall.moves.ui.MoveSchoolFields moveTo;
    Paragraph followUp;
    Button save;
    Span status;
    UnorderedList saved;
    private final Map<ChangeField, HasValidation> fields = new EnumMap<>(ChangeField.class);
    private final List<ChangeRecord> savedChanges = new ArrayList<>();

    private final Changes changes;
    private final Directory directory;
    private final DetailsHeard details;
    private final Clock clock;
    private final CallId call;
    private final ProvisionId provision;
    private final String who;
    private final List<ExpectedChild> children;
    private final boolean theSchool;

    /** The panel for a school call, its services from the application (one line in the workspace). */
    public static ChangeHeardPanel forCall(CallId call, ProvisionId provision, List<ExpectedChild> children,
                                           String who) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        return new ChangeHeardPanel(instantiator.getOrCreate(Changes.class),
                instantiator.getOrCreate(Directory.class), instantiator.getOrCreate(DetailsHeard.class),
                instantiator.getOrCreate(Clock.class), call, provision, children, who);
    }

    /**
     * The panel for a carer or social-worker call about one child at their school: that child only (a school's
     * designated teacher is heard on the school's call). Empty for a child no longer in Rollcall.
     */
    public static java.util.Optional<ChangeHeardPanel> forChild(CallId call, ProvisionId provision,
                                                                org.rollcall.directory.ChildId child, String who) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        Directory directory = instantiator.getOrCreate(Directory.class);
        return directory.childRecord(child).map(r -> new ChangeHeardPanel(instantiator.getOrCreate(Changes.class),
                directory, instantiator.getOrCreate(DetailsHeard.class), instantiator.getOrCreate(Clock.class), call,
                provision, List.of(new ExpectedChild(r.id(), r.authorityId(), r.upn(), r.firstName(), r.lastName(),
                        r.dateOfBirth(), r.yearGroup(), r.placements().stream()
                        .filter(p -> p.provisionId().equals(provision)).map(ChildRecord.Placement::kind).findFirst()
                        .orElse(org.rollcall.directory.PlacementKind.ON_ROLL))), who, false));
    }

    public ChangeHeardPanel(Changes changes, Directory directory, DetailsHeard details, Clock clock, CallId call,
                            ProvisionId provision, List<ExpectedChild> children, String who) {
        this(changes, directory, details, clock, call, provision, children, who, true);
    }

    /** {@code theSchool}: "the school" is a choice, for its designated teacher (school calls only). */
    ChangeHeardPanel(Changes changes, Directory directory, DetailsHeard details, Clock clock, CallId call,
                     ProvisionId provision, List<ExpectedChild> children, String who, boolean theSchool) {
        this.changes = changes;
        this.directory = directory;
        this.details = details;
        this.clock = clock;
        this.call = call;
        this.provision = provision;
        this.who = who;
        this.children = List.copyOf(children);
        this.theSchool = theSchool;
        setId("change-heard");
        setPadding(false);
        opener.setId("change-heard-open");
        opener.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        opener.addClickShortcut(Key.KEY_G, KeyModifier.ALT).resetFocusOnActiveElement();
        opener.addClickListener(e -> open());
        add(new H3("Change heard"), opener);
    }

    /** Builds the form in place of the opener, its first field focused; a second call does nothing. */
    void open() {
        if (about != null) {
            return;
        }
        about = new Select<>();
        kind = new Select<>();
        name = new TextField("Name");
        phone = new TextField("Phone");
        email = new TextField("Email");
        sen = new Select<>();
        upn = new TextField("UPN");
        otherAuthority = new Checkbox("Confirmed with the school: the child came from another authority");
        date = new DatePicker();
        school = new TextField("New school");
        moveTo = new org.rollcall.moves.ui.MoveSchoolFields(directory);
        followUp = new Paragraph();
        save = new Button("Save change (Alt+G)");
        status = new Span();
        saved = new UnorderedList();
        List<About> choices = new ArrayList<>(children.stream()
                .map(c -> new About(c, c.fullName() + " \u00b7 " + c.yearGroupLabel())).toList());
        if (theSchool) {
            choices.add(new About(null, "The school (designated teacher)"));
        }
        about.setLabel("About");
        about.setItems(choices);
        about.setItemLabelGenerator(About::label);
        kind.setLabel("Change");
        kind.setItemLabelGenerator(ChangeKind::label);
        sen.setLabel("SEN status");
        sen.setItems(SenStatus.values());
        sen.setItemLabelGenerator(SenStatus::label);
        upn.setPlaceholder("e.g. " + org.rollcall.directory.Upn.withCheckLetter("801200001001"));
        upn.setMaxLength(20);
        school.setMaxLength(FreeText.MAX_NAME);
        name.setMaxLength(FreeText.MAX_NAME);
        phone.setPlaceholder("e.g. 07700 900123");
        email.setPlaceholder("e.g. name@example.org");
        about.setId("change-about");
        kind.setId("change-kind");
        name.setId("change-name");
        phone.setId("change-phone");
        email.setId("change-email");
        sen.setId("change-sen");
        upn.setId("change-upn");
        otherAuthority.setId("change-other-authority");
        date.setId("change-date");
        school.setId("change-school");
        fields.put(ChangeField.CHILD, about);
        fields.put(ChangeField.NAME, name);
        fields.put(ChangeField.PHONE, phone);
        fields.put(ChangeField.EMAIL, email);
        fields.put(ChangeField.SEN_STATUS, sen);
        fields.put(ChangeField.UPN, upn);
        fields.put(ChangeField.DATE, date);
        fields.put(ChangeField.SCHOOL, school);
        for (HasValidation field : fields.values()) {
            field.setManualValidation(true); // our refusal stays until the next save, not the component's own check
        }
        for (TextField field : List.of(name, phone, email, upn, school)) {
            // Sent as typed, so Alt+G from inside a field saves what it shows.
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setWidth("16em");
        }
        upn.setWidth("12em");
        about.setWidth("22em");
        kind.setWidth("18em");
        about.addValueChangeListener(e -> chooseKinds());
        kind.addValueChangeListener(e -> showFields());
        save.setId("change-heard-save");
        save.addClickShortcut(Key.KEY_G, KeyModifier.ALT).resetFocusOnActiveElement();
        save.addClickListener(e -> save());
        status.setId("change-heard-status");
        status.getElement().setAttribute("role", "status");
        saved.setId("change-heard-saved");
        HorizontalLayout choose = new HorizontalLayout(about, kind);
        HorizontalLayout values = new HorizontalLayout(name, phone, email, sen, upn, otherAuthority, date, school);
        values.setWrap(true);
        values.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout act = new HorizontalLayout(save, status);
        act.setAlignItems(FlexComponent.Alignment.BASELINE);
        remove(opener);
        add(choose, values, moveTo, followUp, act, saved);
        about.setValue(choices.getFirst());
        about.focus();
    }

    private void chooseKinds() {
        About chosen = about.getValue();
        kind.setItems(chosen == null || chosen.child() == null ? List.of(ChangeKind.DESIGNATED_TEACHER)
                : List.of(ChangeKind.CARER, ChangeKind.SOCIAL_WORKER, ChangeKind.SEN, ChangeKind.UPN,
                        ChangeKind.NOT_ON_ROLL, ChangeKind.MOVED_SCHOOL));
        kind.setValue(chosen == null || chosen.child() == null ? ChangeKind.DESIGNATED_TEACHER : ChangeKind.CARER);
    }

    /** Only the chosen kind's fields, filled with what is on record where there is something to correct. */
    private void showFields() {
        ChangeKind k = kind.getValue();
        clearRefusals();
        boolean contact = k == ChangeKind.CARER || k == ChangeKind.SOCIAL_WORKER || k == ChangeKind.DESIGNATED_TEACHER;
        name.setVisible(contact);
        phone.setVisible(contact);
        email.setVisible(contact);
        sen.setVisible(k == ChangeKind.SEN);
        upn.setVisible(k == ChangeKind.UPN);
        otherAuthority.setVisible(k == ChangeKind.UPN);
        date.setVisible(k == ChangeKind.NOT_ON_ROLL || k == ChangeKind.MOVED_SCHOOL);
        school.setVisible(false); // a move's school is chosen or entered in moveTo
        moveTo.setVisible(k == ChangeKind.MOVED_SCHOOL);
        date.setLabel(k == ChangeKind.MOVED_SCHOOL ? "Starts there on" : "Last day on roll");
        followUp.setVisible(k == ChangeKind.NOT_ON_ROLL || k == ChangeKind.MOVED_SCHOOL);
        followUp.setText(k == ChangeKind.MOVED_SCHOOL
                ? "Saving ends the placement here the day before, puts the child on roll at the new school, emails it "
                + "the authority's introduction letter, and the new school's first call backdates the marks."
                : "Saving ends the child's placement here after their last day on roll: they are no longer "
                + "called about, and the authority is emailed and lists them as not on roll.");
        if (k == null) {
            return;
        }
        ExpectedChild child = about.getValue() == null ? null : about.getValue().child();
        ChildRecord record = child == null ? null : directory.childRecord(child.id()).orElse(null);
        if (contact) {
            var current = k == ChangeKind.DESIGNATED_TEACHER ? details.designatedTeacher(provision)
                    : record == null ? java.util.Optional.<ChildRecord.Contact>empty() : record.contacts().stream()
                    .filter(c -> c.role() == (k == ChangeKind.CARER ? ContactRole.CARER : ContactRole.SOCIAL_WORKER))
                    .findFirst();
            name.setValue(current.map(ChildRecord.Contact::name).orElse(""));
            phone.setValue(current.map(ChildRecord.Contact::phone).map(p -> p == null ? "" : p).orElse(""));
            email.setValue(current.map(ChildRecord.Contact::email).map(m -> m == null ? "" : m).orElse(""));
        }
        if (k == ChangeKind.SEN && record != null) {
            sen.setValue(record.senStatus());
        }
        // A day typed for one kind means something else for the other: the last day on roll is today unless told.
        date.setValue(k == ChangeKind.NOT_ON_ROLL ? LocalDate.now(clock) : null);
    }

    void save() {
        clearRefusals();
        ExpectedChild child = about.getValue() == null ? null : about.getValue().child();
        ChangeKind k = kind.getValue();
        HeardChange change = k == ChangeKind.MOVED_SCHOOL ? HeardChange.movedSchool(child == null ? null
                : child.id(), provision, moveTo.schoolName(), date.getValue(), moveTo.value())
                : new HeardChange(k, child == null ? null : child.id(), provision, name.getValue(),
                phone.getValue(), email.getValue(), sen.getValue(), upn.getValue(), otherAuthority.getValue(),
                date.getValue(), school.getValue());
        try {
            ChangeRecord record = changes.save(call, change, who);
            savedChanges.add(record);
            String line = "Saved " + HumanDates.time(record.madeAt(), clock.getZone()) + ": "
                    + (record.childName() == null ? "" : record.childName() + ", ") + record.summary();
            status.setText(line);
            saved.add(new ListItem(line));
            if (k == ChangeKind.UPN) {
                upn.clear();
                otherAuthority.clear();
            }
        } catch (IllegalArgumentException e) { // the directory's own refusal, e.g. a child just removed
            status.setText("Not saved: " + e.getMessage());
        } catch (org.rollcall.moves.MoveRefusedException e) {
            moveTo.show(e).forEach((field, problem) -> {
                HasValidation target = field == org.rollcall.moves.MoveField.DATE ? date : about;
                target.setErrorMessage(problem);
                target.setInvalid(true);
            });
            status.setText("Not saved: " + e.problems().size() + (e.problems().size() == 1 ? " field needs" :
                    " fields need") + " correcting, as said beside " + (e.problems().size() == 1 ? "it" : "each")
                    + "; what you typed is kept");
        } catch (ChangeRefusedException e) {
            e.problems().forEach((field, problem) -> {
                if (k == ChangeKind.MOVED_SCHOOL && field == ChangeField.SCHOOL) {
                    moveTo.showSchoolProblem(problem);
                    return;
                }
                HasValidation target = fields.get(field);
                if (target != null) {
                    target.setErrorMessage(problem);
                    target.setInvalid(true);
                }
            });
            status.setText("Not saved: " + e.problems().size() + (e.problems().size() == 1 ? " field needs" :
                    " fields need") + " correcting, as said beside " + (e.problems().size() == 1 ? "it" : "each")
                    + "; what you typed is kept");
        }
    }

    /** Changes saved on this call so far, oldest first. */
    List<ChangeRecord> savedChanges() {
        return List.copyOf(savedChanges);
    }

    private void clearRefusals() {
        moveTo.clearRefusals();
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
