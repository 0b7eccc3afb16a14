package org.rollcall.moves.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;

import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionType;
import org.rollcall.moves.MoveField;
import org.rollcall.moves.MoveRefusedException;
import org.rollcall.moves.MoveTo;
import org.rollcall.moves.NewSchool;
import org.rollcall.platform.FreeText;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The new school of a move: chosen from the directory (search by name or URN) or entered as new (name, URN if known,
 * phone, contact), and optionally the email the introduction letter goes to. A refusal is shown beside its field;
 * a URN the directory holds under another name offers that school with one button.
 */
public class MoveSchoolFields extends HorizontalLayout {

    public final ComboBox<ProvisionMatch> school = new ComboBox<>("New school (search by name or URN)");
    public final Checkbox notListed = new Checkbox("Not in the directory: enter it as new");
    public final TextField name = new TextField("School's name");
    public final TextField urn = new TextField("URN (if known)");
    public final TextField phone = new TextField("School's phone");
    public final TextField contact = new TextField("Ask for");
    public final TextField email = new TextField("Letter to (email, optional)");
    public final Button useOffered = new Button();
    private final Map<MoveField, HasValidation> fields = new EnumMap<>(MoveField.class);
    private ProvisionMatch offered;

    public MoveSchoolFields(Directory directory) {
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setId("move-school");
        school.setItems(query -> {
            int offset = query.getOffset();
            int limit = query.getLimit();
            String typed = query.getFilter().orElse("").strip();
            // Two letters at least: one lists half the directory.
            return typed.length() < 2 ? Stream.empty() : directory.searchProvisions(typed,
                    EnumSet.allOf(ProvisionType.class), 50).stream().skip(offset).limit(limit);
        });
        school.setItemLabelGenerator(ProvisionMatch::label);
        school.setWidth("22em");
        school.setId("move-school-choice");
        notListed.setId("move-school-new");
        notListed.addValueChangeListener(e -> showNew(e.getValue()));
        name.setId("move-school-name");
        urn.setId("move-school-urn");
        phone.setId("move-school-phone");
        contact.setId("move-school-contact");
        email.setId("move-school-email");
        name.setMaxLength(FreeText.MAX_NAME);
        contact.setMaxLength(FreeText.MAX_NAME);
        urn.setMaxLength(6);
        urn.setWidth("8em");
        urn.setPlaceholder("6 digits");
        phone.setPlaceholder("e.g. 01632 960123");
        email.setPlaceholder("the designated teacher's if empty");
        email.setWidth("18em");
        for (TextField f : new TextField[] {name, urn, phone, contact, email}) {
            f.setValueChangeMode(ValueChangeMode.EAGER); // Alt+G from inside a field saves what it shows
        }
        useOffered.setId("move-school-use-offered");
        useOffered.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useOffered.setVisible(false);
        useOffered.addClickListener(e -> useOffered());
        fields.put(MoveField.SCHOOL, school);
        fields.put(MoveField.NAME, name);
        fields.put(MoveField.URN, urn);
        fields.put(MoveField.PHONE, phone);
        fields.put(MoveField.CONTACT, contact);
        fields.put(MoveField.EMAIL, email);
        fields.values().forEach(f -> f.setManualValidation(true));
        add(school, notListed, name, urn, phone, contact, useOffered, email);
        showNew(false);
    }

    private void showNew(boolean asNew) {
        school.setVisible(!asNew);
        for (TextField f : new TextField[] {name, urn, phone, contact}) {
            f.setVisible(asNew);
        }
        if (!asNew) {
            useOffered.setVisible(false);
        }
    }

    /** Where the child moves, as typed: checked by the service. */
    public MoveTo value() {
        return notListed.getValue()
                ? MoveTo.created(new NewSchool(name.getValue(), urn.getValue(), phone.getValue(), contact.getValue()),
                email.getValue())
                : new MoveTo(school.getValue() == null ? null : school.getValue().id(), null, email.getValue());
    }

    /** The new school's name as the change record keeps it (empty when none is given yet). */
    public String schoolName() {
        return notListed.getValue() ? name.getValue() : school.getValue() == null ? "" : school.getValue().name();
    }

    /** Each problem beside its field; the fields keep what was typed. Returns the problems not shown here. */
    public Map<MoveField, String> show(MoveRefusedException refused) {
        clearRefusals();
        Map<MoveField, String> elsewhere = new EnumMap<>(MoveField.class);
        refused.problems().forEach((field, problem) -> {
            HasValidation target = fields.get(field == MoveField.SCHOOL && notListed.getValue() ? MoveField.NAME
                    : field);
            if (target == null) {
                elsewhere.put(field, problem);
            } else {
                target.setErrorMessage(problem);
                target.setInvalid(true);
            }
        });
        offered = refused.offered().orElse(null);
        useOffered.setVisible(offered != null);
        if (offered != null) {
            useOffered.setText("Use " + offered.label());
        }
        return elsewhere;
    }

    /** A problem with the choice of school found by another check (the change's own). */
    public void showSchoolProblem(String problem) {
        HasValidation target = notListed.getValue() ? name : school;
        target.setErrorMessage(problem);
        target.setInvalid(true);
    }

    public void clearRefusals() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    private void useOffered() {
        ProvisionMatch chosen = offered;
        notListed.setValue(false);
        school.setValue(chosen);
        clearRefusals();
        useOffered.setVisible(false);
    }
}
