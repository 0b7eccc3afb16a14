package org.rollcall.alternative.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rollcall.alternative.AlternativeCapture;
import org.rollcall.alternative.AlternativeSummary;
import org.rollcall.alternative.Capture;
import org.rollcall.alternative.CaptureField;
import org.rollcall.alternative.CaptureRefusedException;
import org.rollcall.alternative.Captured;
import org.rollcall.alternative.NewAlternative;
import org.rollcall.directory.AlternativePlacement;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.TimetabledSession;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.platform.web.ErrorReference;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.VaadinService;

/**
 * Where and when a child marked {@code B} is educated off site, in the child's row of the mark-entry grid (or on the
 * school's card, for a timetable asked for on an earlier call). Keyboard first: opening it puts the focus in "Where",
 * Enter saves, Esc closes. A child whose placement that day has a known timetable gets one line and "Change". Saved on
 * its own, at once: a refusal here never touches the call's marks. Shared with the operator's workspace, hence a
 * named interface of its own.
 */
@NamedInterface("ap-capture-form")
public class ApCaptureForm extends Div {

    final Span known = new Span();
    final Button change = new Button("Change");
    final Div form = new Div();
    final ComboBox<ProvisionMatch> where = new ComboBox<>("Where: alternative provision (name, URN or town)");
    final Checkbox addNew = new Checkbox("Not in the directory: add a new one");
    final Div newFields = new Div();
    final TextField name = new TextField("Name");
    final TextField phone = new TextField("Phone");
    final TextField contact = new TextField("Contact person");
    final TimePicker opens = new TimePicker("Call window opens");
    final TimePicker closes = new TimePicker("Call window closes");
    final TextField urn = new TextField("URN (optional)");
    final TextField town = new TextField("Town");
    final CheckboxGroup<DayOfWeek> openDays = new CheckboxGroup<>("Open on");
    final Button useOffered = new Button();
    final Map<TimetabledSession, Checkbox> sessions = new LinkedHashMap<>();
    final Span sessionsError = new Span();
    final Checkbox notKnown = new Checkbox("Timetable not known (ask the school again on its next call)");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (optional)");
    final Button save = new Button("Save where and when (Enter)");
    final Button close = new Button("Close (Esc)");
    final Span status = new Span();
    private final Map<CaptureField, HasValidation> fields = new EnumMap<>(CaptureField.class);

    private final AlternativeCapture capture;
    private final ChildId child;
    private final String childName;
    private final ProvisionId school;
    private final LocalDate day;
    private final UUID callId;
    private final String by;
    private final Runnable onSaved;
    private ProvisionId revising;
    private ProvisionMatch offered;

    /** The form for a child's {@code B} on the day, its service from the application (one line in the workspace). */
    public static ApCaptureForm forChild(ChildId child, String childName, ProvisionId school, LocalDate day,
                                         UUID callId, String by, Runnable onSaved) {
        return new ApCaptureForm(VaadinService.getCurrent().getInstantiator().getOrCreate(AlternativeCapture.class),
                child, childName, school, day, callId, by, onSaved);
    }

    public ApCaptureForm(AlternativeCapture capture, ChildId child, String childName, ProvisionId school,
                         LocalDate day, UUID callId, String by, Runnable onSaved) {
        this.capture = capture;
        this.child = child;
        this.childName = childName;
        this.school = school;
        this.day = day;
        this.callId = callId;
        this.by = by;
        this.onSaved = onSaved;
        addClassName("ap-capture");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Where " + childName + " is educated off site");
        getStyle().set("grid-column", "1 / -1").set("padding", "var(--lumo-space-s)")
                .set("border-left", "4px solid var(--lumo-primary-color)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("margin-bottom", "var(--lumo-space-s)");
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        change.setAriaLabel("Change where and when " + childName + " is educated off site");
        change.addClickListener(e -> showForm(true));
        Div line = new Div(known, change);
        line.addClassName("ap-known");
        add(line);
        buildForm();
        add(form);
        status.getElement().setAttribute("role", "status");
        add(status);
        Optional<AlternativePlacement> placement = capture.placementOn(child, day);
        placement.ifPresentOrElse(this::prefill, () -> from.setValue(day));
        if (placement.isPresent() && !placement.get().sessions().isEmpty()) {
            showKnown(AlternativeSummary.of(placement.get()));
        } else {
            known.setText(placement.map(p -> "At " + p.provision().name() + ": timetable not known yet. Ask for it:")
                    .orElse(""));
            known.setVisible(placement.isPresent()); // else the form's own heading asks
            change.setVisible(false);
            form.setVisible(true);
        }
    }

    private void buildForm() {
        H3 heading = new H3("Where and when is " + childName + " educated off site?");
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        where.setItems(query -> capture.search(query.getFilter().orElse("")).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        where.setItemLabelGenerator(ProvisionMatch::label);
        where.setPlaceholder("Type a name, URN or town");
        where.setWidth("28em");
        where.setClearButtonVisible(true);
        addNew.addValueChangeListener(e -> {
            newFields.setVisible(e.getValue());
            where.setEnabled(!e.getValue());
            if (e.getValue()) {
                name.focus();
            }
        });
        openDays.setItems(NewAlternative.weekdays().stream().sorted().toList());
        openDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.UK));
        openDays.setValue(NewAlternative.weekdays());
        phone.setHelperText("A UK number Rollcall can call, such as 0113 496 0000");
        urn.setHelperText("Six digits, if it has one");
        urn.setMaxLength(6);
        useOffered.setVisible(false);
        useOffered.addThemeVariants(ButtonVariant.LUMO_SMALL);
        useOffered.addClickListener(e -> useOffered());
        newFields.add(name, phone, contact, opens, closes, urn, town, openDays, useOffered);
        row(newFields);
        newFields.setVisible(false);

        Div grid = new Div();
        grid.addClassName("ap-sessions");
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-label", "Sessions attended there");
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(5, max-content)")
                .set("gap", "0 var(--lumo-space-m)");
        for (HalfDay half : HalfDay.values()) {
            for (DayOfWeek d : NewAlternative.weekdays().stream().sorted().toList()) {
                TimetabledSession session = new TimetabledSession(d, half);
                Checkbox tick = new Checkbox(session.label());
                tick.setAriaLabel(session.label());
                sessions.put(session, tick);
                grid.add(tick);
            }
        }
        sessionsError.addClassName("ap-sessions-error");
        sessionsError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size",
                "var(--lumo-font-size-s)").set("display", "block");
        Div dates = new Div(from, to);
        row(dates);
        from.setHelperText("The day of the mark unless the school says otherwise");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(e -> closeForm());
        Div buttons = new Div(save, close);
        row(buttons);
        Span sessionsLabel = new Span("Sessions attended there");
        sessionsLabel.getStyle().set("display", "block").set("font-weight", "600").set("margin-top",
                "var(--lumo-space-s)");
        form.add(heading, where, addNew, newFields, sessionsLabel, grid, sessionsError, notKnown, dates, buttons);
        // Enter saves and Esc closes wherever the focus is inside the form (a combo box's own Enter picks first).
        Shortcuts.addShortcutListener(form, this::save, Key.ENTER).listenOn(form);
        Shortcuts.addShortcutListener(form, this::closeForm, Key.ESCAPE).listenOn(form);
        fields.put(CaptureField.PROVISION, where);
        fields.put(CaptureField.NAME, name);
        fields.put(CaptureField.PHONE, phone);
        fields.put(CaptureField.CONTACT, contact);
        fields.put(CaptureField.OPENS, opens);
        fields.put(CaptureField.CLOSES, closes);
        fields.put(CaptureField.URN, urn);
        fields.put(CaptureField.TOWN, town);
        fields.put(CaptureField.OPEN_DAYS, openDays);
        fields.put(CaptureField.FROM, from);
        fields.put(CaptureField.TO, to);
    }

    private static void row(Div div) {
        div.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)")
                .set("align-items", "baseline");
    }

    /** What the directory holds for the day: the provision chosen, its sessions and dates, changed by saving. */
    private void prefill(AlternativePlacement p) {
        revising = p.provision().id();
        where.setValue(p.provision());
        sessions.forEach((s, tick) -> tick.setValue(p.sessions().contains(s)));
        from.setValue(p.startsOn());
        to.setValue(p.endsOn());
    }

    /** Shows the form (after Change, or when a B is typed again) with the focus in its first field. */
    public void showForm(boolean focus) {
        setVisible(true);
        form.setVisible(true);
        change.setVisible(false);
        if (focus) {
            where.focus();
        }
    }

    /** Whether the form (not just the one line) is showing. */
    public boolean formShowing() {
        return isVisible() && form.isVisible();
    }

    private void closeForm() {
        form.setVisible(false);
        change.setVisible(true);
        change.setText(revising == null ? "Open the form" : "Change");
    }

    private void showKnown(String line) {
        known.setText(line);
        known.setVisible(true);
        form.setVisible(false);
        change.setText("Change");
        change.setVisible(true);
    }

    private void useOffered() {
        if (offered != null) {
            addNew.setValue(false);
            where.setValue(offered);
            urn.clear();
            useOffered.setVisible(false);
            fields.values().forEach(f -> f.setInvalid(false));
            status.setText("Using " + offered.name() + " from the directory: press Save");
            where.focus();
        }
    }

    void save() {
        if (!formShowing()) {
            return; // Enter on the Save button fires both its click and the form's Enter: the form saves once
        }
        fields.values().forEach(f -> f.setInvalid(false));
        sessionsError.setText("");
        useOffered.setVisible(false);
        Set<TimetabledSession> ticked = sessions.entrySet().stream().filter(e -> e.getValue().getValue())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        NewAlternative created = addNew.getValue() ? new NewAlternative(name.getValue(), phone.getValue(),
                contact.getValue(), opens.getValue(), closes.getValue(), urn.getValue(), town.getValue(),
                openDays.getValue()) : null;
        ProvisionId existing = addNew.getValue() || where.getValue() == null ? null : where.getValue().id();
        try {
            Captured saved = capture.capture(new Capture(child, school, day, callId, existing, created, ticked,
                    notKnown.getValue(), from.getValue(), to.getValue(), revising, by));
            revising = saved.placement().provision().id();
            addNew.setValue(false);
            where.setValue(saved.placement().provision());
            showKnown(saved.summary());
            status.setText("Saved, from " + HumanDates.day(saved.placement().startsOn())
                    + (saved.placement().endsOn() == null ? "" : " to " + HumanDates.day(saved.placement().endsOn()))
                    + (saved.timetableAsked() ? ": the school is asked for the timetable on its next call" : ""));
            onSaved.run();
        } catch (CaptureRefusedException e) {
            e.problems().forEach((field, problem) -> {
                if (field == CaptureField.SESSIONS) {
                    sessionsError.setText(problem);
                } else {
                    HasValidation f = fields.get(field);
                    f.setErrorMessage(problem);
                    f.setInvalid(true);
                }
            });
            offered = e.offered().orElse(null);
            if (offered != null) {
                useOffered.setText("Use " + offered.name());
                useOffered.setVisible(true);
            }
            status.setText("Not saved: " + e.problems().size() + (e.problems().size() == 1 ? " field needs"
                    : " fields need") + " correcting (the marks are not affected)");
        } catch (DataAccessException e) {
            String reference = ErrorReference.logged("Saving an alternative provision", e);
            status.setText("Not saved: the database could not be written; press Save again. If it happens again, "
                    + "tell an administrator the reference " + reference + ".");
        } catch (IllegalArgumentException e) {
            status.setText("Not saved: " + e.getMessage());
        }
    }

    /** The one line shown once saved, or for a placement already known. */
    public String knownLine() {
        return known.getText();
    }
}
