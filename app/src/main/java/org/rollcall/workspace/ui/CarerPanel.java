package org.rollcall.workspace.ui;

import java.util.function.Consumer;

import org.rollcall.attendance.Session;
import org.rollcall.escalation.CarerCard;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.CharacterCounter;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The carer screen-pop: whose absence, what the school said, who to ask for, and the authority's script with the
 * recording notice; the operator writes down the carer's reason (Alt+M) or says the number was wrong. No answer and
 * busy are the call's own outcome, chosen at wrap-up.
 */
class CarerPanel extends VerticalLayout {

    final TextArea reason = new TextArea("Carer's reason");
    final Button save = new Button("Save the carer's reason (Alt+M)");
    final Button wrongNumber = new Button("Wrong number");

    CarerPanel(CarerCard card, Consumer<String> reasonHeard, Runnable wrong) {
        setPadding(false);
        setSpacing(false);
        setId("carer-card");
        add(new H2("Carer call: " + card.child()));
        Span which = line("Call", "attempt " + card.attempt() + " of " + card.attempts() + " to reach the carer");
        which.getStyle().set("font-weight", "600");
        add(which);
        add(line("School", card.school()));
        add(line("Absence", card.code() + ", " + (card.session() == Session.AM ? "morning" : "afternoon")
                + " of " + HumanDates.day(card.date())));
        add(line("School's reason", card.schoolReason() == null ? "none given" : card.schoolReason()));
        add(line("Ask for", card.carerName() == null ? "the carer" : card.carerName()));
        add(line("Phone", card.carerPhone() == null ? "none on record" : card.carerPhone()));
        H3 say = new H3("Say");
        add(say);
        for (String paragraph : card.script().split("\n\n")) {
            add(new Paragraph(paragraph));
        }
        reason.setId("carer-reason");
        reason.setWidthFull();
        reason.setPlaceholder("In the carer's words; the school's code is not changed");
        // Sent as typed, so Alt+M from inside the field saves what is in it.
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        CharacterCounter.on(reason, FreeText.MAX_REASON);
        save.setId("carer-reason-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_M, KeyModifier.ALT).resetFocusOnActiveElement();
        save.addClickListener(e -> reasonHeard.accept(reason.getValue()));
        wrongNumber.setId("carer-wrong-number");
        wrongNumber.addClickListener(e -> wrong.run());
        add(reason, new HorizontalLayout(save, wrongNumber));
    }

    private static Span line(String label, String value) {
        Span span = new Span(label + ": " + value);
        span.getElement().getStyle().set("display", "block");
        return span;
    }
}
