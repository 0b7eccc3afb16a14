package org.rollcall.workspace.ui;

import java.util.function.Consumer;

import org.rollcall.attendance.Session;
import org.rollcall.escalation.SocialWorkerCard;
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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The social-worker card: who to ask for, whose absence or exclusion, and what to tell them in the email's own words
 * after the recording notice; "Told" (Alt+M, the carer card's save) with an optional note. No answer and busy are
 * the call's own outcome, chosen at wrap-up.
 */
class SocialWorkerPanel extends VerticalLayout {

    final TextArea note = new TextArea("Note (optional)");
    final Button told = new Button("Told (Alt+M)");

    SocialWorkerPanel(SocialWorkerCard card, Consumer<String> onTold) {
        setPadding(false);
        setSpacing(false);
        setId("social-worker-card");
        add(new H2("Social worker call: " + card.child()));
        Span which = line("Call", "attempt " + card.attempt() + " of " + card.attempts()
                + " to reach the social worker");
        which.getStyle().set("font-weight", "600");
        add(which);
        add(line("Ask for", card.socialWorkerName() == null ? "the social worker" : card.socialWorkerName()));
        add(line("Phone", card.socialWorkerPhone() == null ? "none on record" : card.socialWorkerPhone()));
        add(line("School", card.school()));
        add(line("Mark", card.code() + ", " + (card.session() == Session.AM ? "morning" : "afternoon") + " of "
                + HumanDates.day(card.date())));
        add(new H3("Say"));
        add(new Paragraph(card.recordingNotice()));
        Paragraph subject = new Paragraph(card.subject());
        subject.getStyle().set("font-weight", "600");
        add(subject);
        for (String paragraph : card.words().split("\\R\\s*\\R")) {
            add(new Paragraph(paragraph.strip()));
        }
        note.setId("social-worker-note");
        note.setWidthFull();
        note.setPlaceholder("What the social worker said, if anything");
        // Sent as typed, so Alt+M from inside the field saves what is in it.
        note.setValueChangeMode(ValueChangeMode.EAGER);
        CharacterCounter.on(note, FreeText.MAX_REASON);
        told.setId("social-worker-told");
        told.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        told.addClickShortcut(Key.KEY_M, KeyModifier.ALT).resetFocusOnActiveElement();
        told.addClickListener(e -> onTold.accept(note.getValue()));
        add(note, told);
    }

    private static Span line(String label, String value) {
        Span span = new Span(label + ": " + value);
        span.getElement().getStyle().set("display", "block");
        return span;
    }
}
