package org.rollcall.supervision.ui;

import java.time.LocalTime;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;

/** Schedules a call-back to a school at a time later today. */
class CallBackDialog extends Dialog {

    final TimePicker at = new TimePicker("Call back at");
    final Button schedule = new Button("Schedule the call-back");
    final Button cancel = new Button("Cancel", e -> close());

    CallBackDialog(String call, LocalTime now, LocalTime dayEnds, Consumer<LocalTime> onSchedule) {
        setHeaderTitle("Call back " + call);
        at.setHelperText("Later today, up to " + dayEnds);
        at.setValue(now.plusMinutes(15).withSecond(0).withNano(0));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(e -> {
            onSchedule.accept(at.getValue());
            close();
        });
        add(new Paragraph("The call is offered to the next ready operator at that time."), at);
        getFooter().add(cancel, schedule);
    }
}
