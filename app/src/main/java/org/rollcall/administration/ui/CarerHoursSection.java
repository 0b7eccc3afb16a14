package org.rollcall.administration.ui;

import java.time.Duration;
import java.time.LocalTime;

import org.rollcall.administration.internal.AuthorityEditing;
import org.rollcall.directory.AuthorityId;
import org.rollcall.escalation.EscalationSettings.CarerHours;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * When the authority's carers (and social workers) are called and how often: its own hours and attempts, or Rollcall's
 * default ({@code rollcall.escalation.carer-*}). Saved in one go, or not at all.
 */
class CarerHoursSection extends Section {

    static final String FIELD = "Carer calls";

    final Checkbox useDefault = new Checkbox();
    final TimePicker from = new TimePicker("Carers are called from");
    final TimePicker until = new TimePicker("Until");
    final IntegerField attempts = new IntegerField("Attempts before the carer counts as unreachable");
    final IntegerField retryMinutes = new IntegerField("Minutes between attempts");

    private final CarerHours defaults;

    CarerHoursSection(AuthorityEditing editing, AuthorityId id) {
        super("Carer calls", "Save carer calls", null);
        defaults = editing.defaultCarerHours();
        useDefault.setLabel("Use the service default (" + defaults.describe() + ")");
        for (TimePicker time : new TimePicker[] {from, until}) {
            time.setStep(Duration.ofMinutes(15));
            time.setHelperText("24-hour clock, such as 09:00");
        }
        attempts.setMin(1);
        attempts.setMax(10);
        attempts.setStepButtonsVisible(true);
        attempts.setHelperText("1 to 10");
        retryMinutes.setMin(1);
        retryMinutes.setMax(240);
        retryMinutes.setHelperText("1 to 240");
        useDefault.setId("carer-default");
        from.setId("carer-from");
        until.setId("carer-until");
        attempts.setId("carer-attempts");
        retryMinutes.setId("carer-retry");
        status.setId("carer-status");
        show(editing.carerHours(id));
        useDefault.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue()) {
                fill(defaults);
            }
            enable(!e.getValue());
        });
        save.addClickListener(e -> run(() -> {
            if (useDefault.getValue()) {
                editing.saveCarerHours(id, null, null, null, null);
            } else {
                LocalTime start = required(from, "the time carers are first called, such as 09:00");
                LocalTime end = required(until, "the time carer calls stop, such as 18:00");
                Integer tries = required(attempts, "the number of attempts, 1 to 10");
                Integer minutes = required(retryMinutes, "the minutes between attempts, 1 to 240");
                if (!start.isBefore(end)) {
                    throw new IllegalArgumentException(FIELD + ": calls must stop after they start; " + end
                            + " is not after " + start);
                }
                Fields.named(FIELD, () -> editing.saveCarerHours(id, start, end, tries, minutes));
            }
            show(editing.carerHours(id));
        }));
        with(useDefault, from, until, attempts, retryMinutes);
        fields.setColspan(useDefault, 2);
    }

    private void show(CarerHours hours) {
        useDefault.setValue(!hours.own());
        fill(hours);
        enable(hours.own());
    }

    private void fill(CarerHours hours) {
        from.setValue(hours.from());
        until.setValue(hours.until());
        attempts.setValue(hours.attempts());
        retryMinutes.setValue((int) Math.max(1, hours.retryDelay().toMinutes()));
    }

    private void enable(boolean own) {
        from.setEnabled(own);
        until.setEnabled(own);
        attempts.setEnabled(own);
        retryMinutes.setEnabled(own);
    }

    private static <T> T required(com.vaadin.flow.component.HasValue<?, T> field, String what) {
        if (field.isEmpty()) {
            throw new IllegalArgumentException(FIELD + ": give " + what);
        }
        return field.getValue();
    }
}
