package org.rollcall.capacity.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.rollcall.capacity.RosteredShift;
import org.rollcall.capacity.Rosters;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;

/** The day's roster: who works when, add a shift, remove one, copy the day to another (all audited). */
class RosterEditor extends VerticalLayout {

    private final Rosters rosters;
    private final Supplier<String> me;
    private final Runnable changed;
    final Grid<RosteredShift> shifts = new Grid<>();
    final Paragraph empty = new Paragraph();
    final ComboBox<Rosters.Operator> operator = new ComboBox<>("Operator");
    final TimePicker starts = new TimePicker("Starts");
    final TimePicker ends = new TimePicker("Ends");
    final Button add = new Button("Add shift");
    final DatePicker copyTo = new DatePicker("Copy this day's roster to");
    final Button copy = new Button("Copy roster");
    final Paragraph message = new Paragraph();
    private LocalDate day;

    RosterEditor(Rosters rosters, Supplier<String> me, Runnable changed) {
        this.rosters = rosters;
        this.me = me;
        this.changed = changed;
        setPadding(false);
        shifts.setId("roster-shifts");
        shifts.setAriaLabel("Shifts on the day");
        shifts.addThemeVariants(GridVariant.LUMO_COMPACT);
        shifts.addColumn(RosteredShift::operatorName).setHeader("Operator").setFlexGrow(2);
        shifts.addColumn(s -> CapacityText.window(s.starts(), s.ends())).setHeader("Shift");
        shifts.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        shifts.setAllRowsVisible(true);
        empty.setId("roster-empty");
        empty.setText("Nobody is rostered on this day yet.");
        operator.setId("roster-operator");
        operator.setItemLabelGenerator(Rosters.Operator::name);
        starts.setId("roster-starts");
        ends.setId("roster-ends");
        for (TimePicker time : List.of(starts, ends)) {
            time.setLocale(Locale.UK);
            time.setStep(Duration.ofMinutes(30));
        }
        starts.setValue(LocalTime.of(9, 0));
        ends.setValue(LocalTime.of(15, 30));
        add.setId("roster-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        HorizontalLayout form = new HorizontalLayout(operator, starts, ends, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        copyTo.setId("roster-copy-to");
        copyTo.setLocale(Locale.UK);
        copy.setId("roster-copy");
        copy.addClickListener(e -> copy());
        HorizontalLayout copying = new HorizontalLayout(copyTo, copy);
        copying.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        message.setId("roster-message");
        message.getElement().setAttribute("role", "status");
        add(shifts, empty, form, message, copying);
    }

    void show(LocalDate shownDay, List<RosteredShift> onDay) {
        day = shownDay;
        shifts.setItems(onDay);
        shifts.setVisible(!onDay.isEmpty());
        empty.setVisible(onDay.isEmpty());
        Rosters.Operator chosen = operator.getValue();
        List<Rosters.Operator> all = rosters.operators();
        operator.setItems(all);
        // Keep the operator chosen, so a second shift for them is one change of times away.
        if (chosen != null && all.contains(chosen)) {
            operator.setValue(chosen);
        }
        copyTo.setMin(shownDay.plusDays(1));
        if (copyTo.getValue() == null || !copyTo.getValue().isAfter(shownDay)) {
            copyTo.setValue(shownDay.plusWeeks(1));
        }
    }

    private Button removeButton(RosteredShift shift) {
        Button remove = new Button("Remove", e -> {
            rosters.remove(shift.id(), me.get());
            say(false, "Removed " + shift.operatorName() + "'s shift " + CapacityText.window(shift.starts(),
                    shift.ends()) + ".");
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", "Remove " + shift.operatorName() + "'s shift "
                + CapacityText.window(shift.starts(), shift.ends()));
        return remove;
    }

    void add() {
        if (operator.getValue() == null || starts.getValue() == null || ends.getValue() == null) {
            say(true, "Choose an operator and the shift's start and end times.");
            return;
        }
        try {
            RosteredShift added = rosters.add(day, operator.getValue().id(), starts.getValue(), ends.getValue(),
                    me.get());
            say(false, "Added " + added.operatorName() + " " + CapacityText.window(added.starts(), added.ends())
                    + ".");
            changed.run();
        } catch (IllegalArgumentException refused) {
            say(true, "Not added: " + refused.getMessage() + ".");
        }
    }

    void copy() {
        if (copyTo.getValue() == null || !copyTo.getValue().isAfter(day)) {
            say(true, "Choose a later day to copy this roster to.");
            return;
        }
        int copied = rosters.copy(day, copyTo.getValue(), me.get());
        say(false, "Copied " + copied + (copied == 1 ? " shift" : " shifts") + " to "
                + HumanDates.day(copyTo.getValue()) + " (shifts that would overlap one already there are left out).");
    }

    private void say(boolean problem, String text) {
        message.setText(text);
        message.getStyle().set("color", problem ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }
}
