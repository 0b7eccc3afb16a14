package org.rollcall.qa.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.rollcall.calls.CallSummary;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.CharacterCounter;
import org.rollcall.qa.ReviewRefusedException;
import org.rollcall.qa.internal.Criterion;
import org.rollcall.qa.internal.ReviewResult;
import org.rollcall.qa.internal.Reviews;
import org.rollcall.qa.internal.SavedReview;
import org.rollcall.qa.internal.ScorecardTemplate;
import org.rollcall.qa.internal.Scoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The scorecard of the template in use: a score per criterion (its range and weight in the label), the result
 * worked out as scores are typed, and an override of the result with a reason. Saving refuses out-of-range scores
 * and an override without a reason, saying which, and saves nothing then.
 */
class ScorecardForm extends VerticalLayout {

    final List<IntegerField> scores = new ArrayList<>();
    final Span computed = new Span();
    final ComboBox<ReviewResult> override = new ComboBox<>("Result, if not the computed one");
    final TextField overrideReason = new TextField("Reason for the override");
    final Span error = new Span();
    final Span saved = new Span();
    final Button save = new Button("Save the review");
    private final ScorecardTemplate template;

    ScorecardForm(ScorecardTemplate template, SavedReview earlier, CallSummary call, Reviews reviews, String reviewer,
                  Consumer<SavedReview> onSaved) {
        this.template = template;
        setPadding(false);
        add(new H3("Scorecard: " + template.name()));
        FormLayout form = new FormLayout();
        for (int i = 0; i < template.criteria().size(); i++) {
            Criterion c = template.criteria().get(i);
            IntegerField score = new IntegerField(c.label() + " (" + c.range() + ", weight "
                    + c.weight().stripTrailingZeros().toPlainString() + ")");
            score.setMin(c.min());
            score.setMax(c.max());
            score.setStepButtonsVisible(true);
            if (earlier != null && earlier.templateId().equals(template.id())) {
                score.setValue(earlier.scores().get(i));
            }
            score.addValueChangeListener(e -> recompute());
            scores.add(score);
            form.add(score);
        }
        override.setItems(ReviewResult.values());
        override.setItemLabelGenerator(ReviewResult::label);
        override.setClearButtonVisible(true);
        CharacterCounter.on(overrideReason, FreeText.MAX_REASON);
        if (earlier != null && earlier.overridden()) {
            override.setValue(earlier.result());
            overrideReason.setValue(earlier.overrideReason());
        }
        form.add(override, overrideReason);
        computed.setId("computed-result");
        error.setId("scorecard-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        saved.setId("review-saved");
        saved.getElement().setAttribute("role", "status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                SavedReview review = reviews.save(call, scores.stream().map(IntegerField::getValue).toList(),
                        override.getValue(), overrideReason.getValue(), reviewer);
                error.setText("");
                saved.setText("Saved: " + review.result().label() + " (" + review.percent().toPlainString() + " %)"
                        + (review.overridden() ? ", overridden from " + review.computed().label() : "") + ".");
                onSaved.accept(review);
            } catch (ReviewRefusedException ex) {
                saved.setText("");
                error.setText(ex.getMessage());
            }
        });
        if (earlier != null) {
            saved.setText("Reviewed by " + earlier.reviewer() + ": " + earlier.result().label() + " ("
                    + earlier.percent().toPlainString() + " %).");
        }
        add(form, computed, save, error, saved);
        recompute();
    }

    private void recompute() {
        try {
            var percent = Scoring.percent(template, scores.stream().map(IntegerField::getValue).toList());
            computed.setText("Computed result: " + Scoring.result(template, percent).label() + " ("
                    + percent.toPlainString() + " %; pass from " + template.passFrom().stripTrailingZeros()
                    .toPlainString() + " %, needs coaching from " + template.coachingFrom().stripTrailingZeros()
                    .toPlainString() + " %)");
        } catch (ReviewRefusedException e) {
            computed.setText("Computed result: score every criterion within its range to see it.");
        }
    }
}
