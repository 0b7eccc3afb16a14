package org.rollcall.workspace.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rollcall.attendance.Mark;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.SessionSlot;
import org.rollcall.challenges.ChallengeOutcome;
import org.rollcall.challenges.Challenges;
import org.rollcall.challenges.TypedCode;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;

import org.rollcall.platform.web.ErrorReference;
import org.springframework.dao.DataAccessException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;

/**
 * The mark-entry grid's challenges: a full-width row under each child's fields where the questions of the
 * authority's challenge rules appear as codes are typed, and the answers saved with the marks in one transaction.
 */
class ChallengePrompts {

    private final Challenges challenges;
    private final ProvisionId provision;
    private final List<ChallengePrompt> prompts = new ArrayList<>();
    private final Map<ChildId, Runnable> askAgain = new java.util.HashMap<>();

    ChallengePrompts(Challenges challenges, ProvisionId provision) {
        this.challenges = challenges;
        this.provision = provision;
    }

    /** From the Spring context, so the mark-entry panel keeps its constructor. */
    static ChallengePrompts lookUp(ProvisionId provision) {
        return new ChallengePrompts(VaadinService.getCurrent().getInstantiator().getOrCreate(Challenges.class),
                provision);
    }

    /** The row under a child's fields: empty until a code there raises a question; read out when it changes. */
    Div row(ExpectedChild child, Map<SessionSlot, TextField> fields) {
        Div row = new Div();
        row.addClassName("challenge-row");
        row.getStyle().set("grid-column", "1 / -1");
        row.getElement().setAttribute("role", "status");
        List<ChallengePrompt> mine = new ArrayList<>();
        fields.forEach((slot, field) -> mine.add(new ChallengePrompt(child, slot, field)));
        mine.forEach(row::add);
        prompts.addAll(mine);
        // Any code of the row may change another's questions (the AM absence behind a PM present).
        for (ChallengePrompt changedHere : mine) {
            changedHere.field.addValueChangeListener(e -> update(child, mine, changedHere));
        }
        askAgain.put(child.id(), () -> update(child, mine, null));
        return row;
    }

    private void update(ExpectedChild child, List<ChallengePrompt> mine, ChallengePrompt changedHere) {
        try {
            mine.forEach(p -> p.update(challenges.check(provision, child.id(), typed(p), mine.stream()
                    .filter(o -> o != p).map(ChallengePrompts::typed).toList()), p == changedHere));
        } catch (DataAccessException failed) {
            // Typing goes on; saving runs the rules again and refuses a flagged mark without its answer.
            ErrorReference.logged("Checking challenge rules", failed);
        }
    }

    /** The child's questions asked again, the codes unchanged: what they depend on changed (an AP captured). */
    void askAgain(ChildId child) {
        askAgain.getOrDefault(child, () -> { }).run();
    }

    /** Saves the marks and the answers together, or nothing (a question without an answer refuses the lot). */
    List<Mark> record(List<RecordMark> marks) {
        return challenges.recordWithOutcomes(marks, prompts.stream().flatMap(p -> p.outcomes().stream()).toList());
    }

    /** The prompt of one child's session, for tests. */
    ChallengePrompt prompt(ChildId child, SessionSlot slot) {
        return prompts.stream().filter(p -> p.slot().equals(slot) && p.childId().equals(child)).findFirst()
                .orElseThrow();
    }

    private static TypedCode typed(ChallengePrompt p) {
        return new TypedCode(p.slot().date(), Session.valueOf(p.slot().part().name()), p.field.getValue());
    }
}
