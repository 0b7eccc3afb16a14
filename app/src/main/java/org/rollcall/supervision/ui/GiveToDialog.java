package org.rollcall.supervision.ui;

import java.util.List;
import java.util.function.Consumer;

import org.rollcall.calls.OperatorNow;
import org.rollcall.calls.OperatorStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Withdraws an offered call and gives it to a ready operator the supervisor names. */
class GiveToDialog extends Dialog {

    final ComboBox<OperatorNow> operator = new ComboBox<>("Give it to");
    final Button give = new Button("Give the call");
    final Button cancel = new Button("Cancel", e -> close());

    GiveToDialog(String call, String offeredTo, List<OperatorNow> operators, Consumer<OperatorNow> onGive) {
        setHeaderTitle("Give " + call + " to another operator");
        operator.setItems(operators);
        operator.setItemLabelGenerator(o -> o.name() + " (" + o.status().label().toLowerCase(java.util.Locale.UK)
                + ")");
        operator.setHelperText("Only a ready operator can take it; it is now offered to " + offeredTo + ".");
        operator.setValue(operators.stream().filter(o -> o.status() == OperatorStatus.READY).findFirst()
                .orElse(null));
        operator.setWidthFull();
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> {
            onGive.accept(operator.getValue());
            close();
        });
        add(new Paragraph("The offer is withdrawn from " + offeredTo + " and offered to the operator you choose."),
                operator);
        getFooter().add(cancel, give);
    }
}
