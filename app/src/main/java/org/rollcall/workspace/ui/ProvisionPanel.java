package org.rollcall.workspace.ui;

import java.util.stream.Collectors;

import org.rollcall.directory.ProvisionCard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The screen-pop: who to ask for, the password to give, when they asked to be called. */
class ProvisionPanel extends VerticalLayout {

    ProvisionPanel(ProvisionCard card) {
        setPadding(false);
        setSpacing(false);
        setId("provision-card");
        add(new H3(card.name()));
        add(line("URN", card.urn() == null ? "none" : card.urn().value()));
        add(line("Type", card.type().label()));
        add(line("Phone", card.phone().e164()));
        add(line("Ask for", card.contactName()));
        Span password = line("Password", card.password() == null ? "none set" : card.password());
        password.setId("provision-password");
        add(password);
        add(line("Call window", card.windows().stream().map(w -> w.opensAt() + "–" + w.closesAt())
                .collect(Collectors.joining(", "))));
        add(new Div(new Span("Say: \"This call is recorded for quality and record-keeping.\"")));
    }

    private static Span line(String label, String value) {
        Span span = new Span(label + ": " + value);
        span.getElement().getStyle().set("display", "block");
        return span;
    }
}
