package org.rollcall.workspace.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.rollcall.calls.CallSummary;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.ProvisionCard;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The screen-pop: who to ask for, the password to give, when they asked to be called. */
class ProvisionPanel extends VerticalLayout {

    ProvisionPanel(ProvisionCard card, CallSummary call, List<ChildToCollect> children) {
        setPadding(false);
        setSpacing(false);
        setId("provision-card");
        add(new H3(card.name()));
        Span collect = line(call.purpose().label(), collecting(children));
        collect.setId("call-collects");
        collect.getStyle().set("font-weight", "600");
        add(collect);
        add(line("URN", card.urn() == null ? "none" : card.urn().value()));
        add(line("Type", card.type().label()));
        add(line("Phone", card.phone().e164()));
        add(line("Ask for", card.contactName()));
        Span password = line("Password", card.password() == null ? "none set" : card.password());
        password.setId("provision-password");
        add(password);
        add(line(card.windows().size() == 1 ? "Call window" : "Call windows", card.windows().stream()
                .map(w -> (card.windows().size() == 1 ? "" : w.part().label().toLowerCase(Locale.UK) + " ")
                        + w.opensAt() + "–" + w.closesAt()).collect(Collectors.joining(", "))));
        add(new Div(new Span("Say: \"This call is recorded for quality and record-keeping.\"")));
    }

    /** "ask for AM and PM of Monday 30 November", or every school day of a weekly call. */
    static String collecting(List<ChildToCollect> children) {
        List<SessionSlot> slots = children.stream().flatMap(c -> c.slots().stream()).distinct().sorted().toList();
        if (slots.isEmpty()) {
            return "nothing: the school is closed for its sessions, or no monitored child is expected here";
        }
        LocalDate first = slots.getFirst().date();
        LocalDate last = slots.getLast().date();
        String parts = slots.stream().map(s -> s.part().name()).distinct().collect(Collectors.joining(" and "));
        String days = first.equals(last) ? HumanDates.day(first)
                : "every school day from " + HumanDates.day(first) + " to " + HumanDates.day(last);
        return "ask for " + parts + " of " + days + " (" + children.size() + (children.size() == 1 ? " child)"
                : " children)");
    }

    private static Span line(String label, String value) {
        Span span = new Span(label + ": " + value);
        span.getElement().getStyle().set("display", "block");
        return span;
    }
}
