package org.rollcall.workspace.ui;

import java.time.LocalDate;

import org.rollcall.platform.ui.CharacterCounter;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.CalendarInputException;
import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.Closure;
import org.rollcall.calendar.ClosureReason;
import org.rollcall.calendar.NewClosure;
import org.rollcall.directory.ProvisionCard;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The school says it is closed (snow, an INSET day): record it on the call. Its sessions are marked {@code #} for
 * every child expected there, and a call planned for a closed day is cancelled.
 */
class ClosureDialog extends Dialog {

    final DatePicker from = new DatePicker("First day closed");
    final DatePicker to = new DatePicker("Last day closed");
    final RadioButtonGroup<ClosedSessions> sessions = new RadioButtonGroup<>("Closed for");
    final Select<ClosureReason> reason = new Select<>();
    final TextField note = new TextField("Note (optional)");
    final Paragraph problem = new Paragraph();
    final Button record = new Button("Record closure");

    ClosureDialog(CalendarAdmin closures, ProvisionCard card, LocalDate today, String operator, Runnable recorded) {
        setHeaderTitle("Closure of " + card.name());
        from.setValue(today);
        to.setValue(today);
        from.addValueChangeListener(e -> {
            if (e.getValue() != null && (to.getValue() == null || to.getValue().isBefore(e.getValue()))) {
                to.setValue(e.getValue());
            }
        });
        sessions.setItems(ClosedSessions.values());
        sessions.setItemLabelGenerator(s -> capitalised(s.label()));
        sessions.setValue(ClosedSessions.BOTH);
        reason.setLabel("Why");
        reason.setItems(ClosureReason.values());
        reason.setItemLabelGenerator(ClosureReason::label);
        reason.setValue(ClosureReason.SEVERE_WEATHER);
        CharacterCounter.on(note, NewClosure.MAX_NOTE);
        note.setPlaceholder("e.g. heating failure, snow");
        problem.setId("closure-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        FormLayout form = new FormLayout(from, to, sessions, reason, note);
        form.setColspan(note, 2);
        add(form, problem);
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> {
            try {
                Closure closure = closures.recordClosure(new NewClosure(card.id(), from.getValue(), to.getValue(),
                        sessions.getValue(), reason.getValue(), note.getValue()), operator);
                Notification.show("Recorded: " + card.name() + " closed " + describe(closure) + ". Its sessions are "
                        + "marked # for every child expected there.", 6000, Notification.Position.MIDDLE);
                close();
                recorded.run();
            } catch (CalendarInputException refused) {
                problem.setText("Not recorded: " + refused.getMessage());
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        getFooter().add(cancel, record);
    }

    private static String describe(Closure closure) {
        String days = closure.firstDay().equals(closure.lastDay()) ? "on " + HumanDates.day(closure.firstDay())
                : "from " + HumanDates.day(closure.firstDay()) + " to " + HumanDates.day(closure.lastDay());
        return days + ", " + closure.sessions().label();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
