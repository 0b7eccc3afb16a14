package org.rollcall.administration.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.rollcall.administration.internal.ProvisionEditing;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.ProvisionAdmin.ProvisionDetails;
import org.rollcall.directory.ProvisionId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** An existing provision's call windows, password, frequency and closures, each saved on its own. */
class ProvisionSections extends VerticalLayout {

    final WindowsEditor windows;
    final Section windowsSection;
    final PasswordField password = new PasswordField("New password");
    final Span passwordState = new Span();
    final Button removePassword = new Button("Remove password");
    final Section passwordSection;
    final Select<Frequency> frequency = new Select<>();
    final Select<DayOfWeek> weekday = new Select<>();
    final TextField reason = new TextField("Reason for weekly calls");
    final Section frequencySection;
    final ClosuresSection closures;
    private final ProvisionEditing editing;
    private final ProvisionId id;

    ProvisionSections(ProvisionEditing editing, ProvisionDetails provision) {
        this.editing = editing;
        this.id = provision.id();
        setPadding(false);
        windows = new WindowsEditor(provision.windows());
        windowsSection = new Section("Call windows", "Save call windows",
                () -> editing.saveWindows(id, windows.windows()));
        windowsSection.addComponentAtIndex(1, new Span("An afternoon window is required; a morning one is for "
                + "children called twice a day. Windows may not overlap."));
        windowsSection.addComponentAtIndex(2, windows);

        passwordSection = new Section("Password", "Set password", () -> {
            if (password.isEmpty()) {
                throw new IllegalArgumentException("Password: type the new password, or remove it with "
                        + "\"Remove password\"");
            }
            editing.setPassword(id, password.getValue());
            password.clear();
            showPassword();
        }).with(passwordState, password);
        removePassword.addClickListener(e -> passwordSection.run(() -> {
            editing.setPassword(id, null);
            showPassword();
        }));
        passwordSection.add(removePassword);
        showPassword();

        frequency.setLabel("Called");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Frequency::label);
        frequency.setValue(provision.frequency());
        weekday.setLabel("Weekly call day (post-16 learners' day when daily)");
        weekday.setItems(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
        weekday.setItemLabelGenerator(d -> d == null ? "Rollcall's default day"
                : d.getDisplayName(TextStyle.FULL, Locale.UK));
        weekday.setEmptySelectionAllowed(true);
        weekday.setEmptySelectionCaption("Rollcall's default day");
        weekday.setValue(provision.weeklyDay() == null ? null : DayOfWeek.of(provision.weeklyDay()));
        reason.setValue(provision.weeklyReason() == null ? "" : provision.weeklyReason());
        reason.setHelperText("Required for weekly calls, for example \"the head objects to daily calls\"");
        frequencySection = new Section("Frequency", "Save frequency", () -> Fields.named("Frequency",
                () -> editing.saveFrequency(id, frequency.getValue(), weekday.getValue(), reason.getValue())))
                .with(frequency, weekday, reason);
        closures = new ClosuresSection(editing, id);
        add(windowsSection, passwordSection, frequencySection, closures);
    }

    private void showPassword() {
        boolean set = editing.details(id).passwordSet();
        passwordState.setText(set ? "A password is set (it is never shown here)." : "No password is set.");
        removePassword.setEnabled(set);
    }
}
