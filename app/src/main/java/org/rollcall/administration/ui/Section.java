package org.rollcall.administration.ui;

import org.rollcall.escalation.EscalationRefusedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * One part of an admin screen that saves on its own (one transaction, one audit entry): a heading, its fields, a save
 * button and a status line that says "Saved." or why not, naming the field and what is accepted.
 */
class Section extends VerticalLayout {

    final FormLayout fields = new FormLayout();
    final Button save;
    final Span status = new Span();

    /** @param onSave null when the subclass adds its own listener */
    Section(String heading, String saveLabel, Runnable onSave) {
        save = new Button(saveLabel);
        if (onSave != null) {
            save.addClickListener(e -> run(onSave));
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.getElement().setAttribute("role", "status");
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        setPadding(false);
        add(new H3(heading), fields);
        add(save, status);
    }

    Section with(Component... components) {
        fields.add(components);
        return this;
    }

    /** Runs a save; a refusal leaves the fields as typed so they can be corrected. */
    void run(Runnable onSave) {
        try {
            onSave.run();
            status.setText("Saved.");
        } catch (IllegalArgumentException | EscalationRefusedException e) {
            status.setText("Not saved: " + e.getMessage());
        }
    }
}
