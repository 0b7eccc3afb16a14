package org.rollcall.workspace.ui;

import java.util.List;

import org.rollcall.challenges.Challenges;
import org.rollcall.directory.ProvisionId;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;

/** On the provision card: the challenges the school said it would check, for the operator to ask about again. */
final class ChallengesOutstanding {

    private ChallengesOutstanding() {
    }

    static void addTo(VerticalLayout card, ProvisionId provision) {
        List<String> open = VaadinService.getCurrent().getInstantiator().getOrCreate(Challenges.class)
                .openFor(provision);
        if (open.isEmpty()) {
            return;
        }
        Span heading = new Span("Challenges the school said it would check: ask what they found");
        heading.getStyle().set("font-weight", "600");
        UnorderedList list = new UnorderedList();
        open.forEach(line -> list.add(new ListItem(line)));
        list.getStyle().set("margin", "0").set("overflow-wrap", "anywhere");
        Div section = new Div(heading, list);
        section.setId("challenges-outstanding");
        card.add(section);
    }
}
