package org.rollcall.extranet.ui;

import java.util.List;

import org.rollcall.challenges.ChallengeRecord;
import org.rollcall.challenges.Challenges;
import org.rollcall.directory.ChildId;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinService;

/** The child record's challenges: each question put to the school about a mark, with the day and the answer. */
class ChildChallengesSection extends Div {

    static final String TITLE = "Challenges to the school";

    ChildChallengesSection(ChildId child) {
        this(VaadinService.getCurrent().getInstantiator().getOrCreate(Challenges.class).forChild(child));
    }

    ChildChallengesSection(List<ChallengeRecord> challenges) {
        add(new H3(TITLE));
        setId("child-challenges");
        // Focusable region, like the follow-ups: a long record scrolls by keyboard.
        getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-label", TITLE);
        if (challenges.isEmpty()) {
            add(new Paragraph("None: no mark of this child was challenged."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.getStyle().set("overflow-wrap", "anywhere");
        for (ChallengeRecord c : challenges) {
            list.add(new ListItem(HumanDates.day(c.date()) + ", " + c.session() + ", code " + c.codeTypedFirst()
                    + " (" + c.kind().label().toLowerCase(java.util.Locale.UK) + "): \u201c" + c.question()
                    + "\u201d \u2014 " + c.outcomeText() + ", by " + c.recordedBy()));
        }
        add(list);
    }
}
