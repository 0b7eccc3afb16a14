package org.rollcall.workspace.ui;

import java.util.ArrayList;
import java.util.List;

import org.rollcall.attendance.Session;
import org.rollcall.calls.SessionSlot;
import org.rollcall.challenges.Challenge;
import org.rollcall.challenges.ChallengeOutcome;
import org.rollcall.challenges.Outcome;
import org.rollcall.directory.ExpectedChild;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The questions raised by one session's code, each with the school's answer to choose. "Changed" is kept as from →
 * to once the operator types the new code in the field; the new code is checked in its turn.
 */
class ChallengePrompt extends Div {

    /** A question on screen and the answer chosen for it. */
    record Question(Challenge challenge, RadioButtonGroup<Outcome> answer) {
    }

    private final ExpectedChild child;
    private final SessionSlot slot;
    final TextField field;
    private final List<Question> questions = new ArrayList<>();
    private final List<Challenge> changed = new ArrayList<>();

    ChallengePrompt(ExpectedChild child, SessionSlot slot, TextField field) {
        this.child = child;
        this.slot = slot;
        this.field = field;
        getStyle().set("display", "contents");
    }

    SessionSlot slot() {
        return slot;
    }

    org.rollcall.directory.ChildId childId() {
        return child.id();
    }

    List<Question> questions() {
        return questions;
    }

    /** The questions for the code now in the field; {@code ownField} when it is this session's code that changed. */
    void update(List<Challenge> found, boolean ownField) {
        String code = field.getValue().strip();
        if (ownField) {
            questions.stream().filter(q -> q.answer().getValue() == Outcome.CHANGED
                    && !q.challenge().code().equalsIgnoreCase(code)).forEach(q -> changed.add(q.challenge()));
        }
        List<Question> next = new ArrayList<>();
        for (Challenge c : found) {
            next.add(questions.stream().filter(q -> q.challenge().equals(c)).findFirst()
                    .orElseGet(() -> new Question(c, answer(c))));
        }
        questions.clear();
        questions.addAll(next);
        render();
    }

    /** What to save with the marks; a question left unanswered is left out, so saving names it and refuses. */
    List<ChallengeOutcome> outcomes() {
        List<ChallengeOutcome> outcomes = new ArrayList<>();
        Session session = Session.valueOf(slot.part().name());
        changed.forEach(c -> outcomes.add(new ChallengeOutcome(child.id(), slot.date(), session, c.kind(),
                c.question(), Outcome.CHANGED, c.code())));
        questions.stream().filter(q -> q.answer().getValue() != null).forEach(q -> outcomes.add(
                new ChallengeOutcome(child.id(), slot.date(), session, q.challenge().kind(), q.challenge().question(),
                        q.answer().getValue(), q.challenge().code())));
        return outcomes;
    }

    private void render() {
        removeAll();
        String code = field.getValue().strip();
        for (Challenge c : changed) {
            add(line("Changed, " + where() + ": from " + c.code() + " to "
                    + (code.isEmpty() ? "\u2026 (type the new code in the field)" : code) + ". Asked: \u201c"
                    + c.question() + "\u201d"));
        }
        for (Question q : questions) {
            Div box = line("Ask the school, " + where() + ", code " + q.challenge().code() + ": \u201c"
                    + q.challenge().question() + "\u201d");
            box.addClassName("challenge-question");
            box.add(q.answer());
            box.add(hint("Tab to the answer, arrow keys to choose. Changed: Shift+Tab back to the code and type the "
                    + "new one."));
            add(box);
        }
    }

    private RadioButtonGroup<Outcome> answer(Challenge c) {
        RadioButtonGroup<Outcome> answer = new RadioButtonGroup<>("School's answer");
        answer.setItems(Outcome.values());
        answer.setItemLabelGenerator(Outcome::label);
        answer.setAriaLabel("School's answer, " + where() + ", code " + c.code());
        return answer;
    }

    private String where() {
        return child.fullName() + " " + SessionHeadings.spoken(slot);
    }

    private static Div line(String text) {
        Span words = new Span(text);
        words.getStyle().set("display", "block"); // the answers go under the question, not in its last line
        Div line = new Div(words);
        line.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-left", "4px solid var(--lumo-primary-color)")
                .set("background", "var(--lumo-contrast-5pct)").set("overflow-wrap", "anywhere")
                .set("margin-bottom", "var(--lumo-space-xs)");
        return line;
    }

    private static Span hint(String text) {
        Span hint = new Span(text);
        hint.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return hint;
    }
}
