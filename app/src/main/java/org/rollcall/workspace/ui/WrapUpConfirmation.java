package org.rollcall.workspace.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * "Completed" with sessions still to collect: the operator is asked once, with the sessions named, before the call
 * closes without them. Enter confirms, Esc goes back to the call (the outcome can then be changed, or marks saved).
 */
class WrapUpConfirmation extends Dialog {

    final Paragraph said = new Paragraph();
    final UnorderedList sessions = new UnorderedList();
    final Button confirm = new Button("Wrap up as completed (Enter)");
    final Button back = new Button("Go back (Esc)");

    WrapUpConfirmation(List<String> missing, boolean noneSaved, Runnable confirmed) {
        setId("wrap-up-confirmation");
        setHeaderTitle(noneSaved ? "No marks were saved on this call" : "Marks missing");
        said.setText(noneSaved ? "No marks were saved on this call. Wrap it up as completed anyway? Still to collect:"
                : "These sessions have no saved mark. Wrap up as completed without them?");
        missing.forEach(line -> sessions.add(new ListItem(line)));
        sessions.setId("wrap-up-missing");
        add(said, sessions);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickShortcut(Key.ENTER).listenOn(this);
        confirm.addClickListener(e -> {
            close();
            confirmed.run();
        });
        // Esc closes a dialog anyway; the button says so and does the same.
        back.addClickListener(e -> close());
        getFooter().add(back, confirm);
        setCloseOnOutsideClick(false);
    }
}
