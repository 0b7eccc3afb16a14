package org.rollcall.workspace.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.util.function.BiConsumer;

import org.rollcall.calls.CallOutcome;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;

/** After the call: choose how it ended; no answer and busy are retried in the window, call-backs at their time. */
class WrapUpPanel extends HorizontalLayout {

    final RadioButtonGroup<CallOutcome> outcome = new RadioButtonGroup<>("Outcome");
    final TimePicker callBackAt = new TimePicker("Call back at");
    final Button finish = new Button("Finish wrap-up (Alt+W)");

    WrapUpPanel(CallOutcome suggested, Clock clock, BiConsumer<CallOutcome, LocalTime> onFinish) {
        setId("wrap-up");
        setAlignItems(Alignment.BASELINE);
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(CallOutcome::label);
        outcome.setValue(suggested);
        callBackAt.setVisible(false);
        callBackAt.setMin(LocalTime.now(clock));
        outcome.addValueChangeListener(e -> callBackAt.setVisible(e.getValue() == CallOutcome.CALL_BACK));
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Blur and refocus first, so a call-back time still being typed is committed before the shortcut acts.
        finish.addClickShortcut(Key.KEY_W, KeyModifier.ALT).resetFocusOnActiveElement();
        finish.addClickListener(e -> onFinish.accept(outcome.getValue(), callBackAt.getValue()));
        add(outcome, callBackAt, finish);
    }
}
