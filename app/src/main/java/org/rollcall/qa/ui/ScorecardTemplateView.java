package org.rollcall.qa.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.qa.ReviewRefusedException;
import org.rollcall.qa.internal.Criterion;
import org.rollcall.qa.internal.ScorecardTemplate;
import org.rollcall.qa.internal.Scorecards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The scorecard template reviewers score against (admins): criteria with weights and score ranges, the thresholds
 * for pass and needs coaching, and the sampled share of each operator's calls. Saving makes a new version; reviews
 * already saved keep theirs. Anything that does not make sense is refused whole, saying what.
 */
@Route("scorecard-template")
@PageTitle("Scorecard template")
@Menu(title = "Scorecard template", order = 47, icon = "vaadin:list-ol")
@RolesAllowed("ADMIN")
public class ScorecardTemplateView extends VerticalLayout {

    /** One criterion's fields. */
    record Row(TextField label, BigDecimalField weight, IntegerField min, IntegerField max, HorizontalLayout line) {
    }

    final TextField name = new TextField("Template name");
    final IntegerField samplePercent = new IntegerField("Sampled share of each operator's calls (%)");
    final BigDecimalField passFrom = new BigDecimalField("Pass from (% of the best score)");
    final BigDecimalField coachingFrom = new BigDecimalField("Needs coaching from (%)");
    final List<Row> rows = new ArrayList<>();
    final VerticalLayout criteria = new VerticalLayout();
    final Button save = new Button("Save the template");
    final Span error = new Span();
    final Span saved = new Span();

    public ScorecardTemplateView(Scorecards scorecards, Accounts accounts) {
        ScorecardTemplate current = scorecards.active();
        name.setValue(current.name());
        samplePercent.setValue(current.samplePercent());
        passFrom.setValue(current.passFrom());
        coachingFrom.setValue(current.coachingFrom());
        criteria.setPadding(false);
        current.criteria().forEach(this::addRow);
        Button add = new Button("Add a criterion", e -> addRow(null));
        error.setId("template-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        saved.getElement().setAttribute("role", "status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                ScorecardTemplate template = scorecards.save(read(), accounts.caller().name());
                error.setText("");
                saved.setText("Saved: \"" + template.name() + "\" with " + template.criteria().size()
                        + " criteria is now in use for new reviews.");
            } catch (ReviewRefusedException ex) {
                saved.setText("");
                error.setText(ex.getMessage() + " Nothing was saved.");
            }
        });
        HorizontalLayout settings = new HorizontalLayout(name, samplePercent, passFrom, coachingFrom);
        settings.setAlignItems(FlexComponent.Alignment.BASELINE);
        settings.setWrap(true);
        add(new Paragraph("Reviews are scored against this template. A saved change applies to new reviews; earlier "
                + "reviews keep the version they were scored with."), settings, new H3("Criteria"), criteria, add,
                save, error, saved);
    }

    private void addRow(Criterion c) {
        TextField label = new TextField("Criterion");
        label.setWidth("24em");
        BigDecimalField weight = new BigDecimalField("Weight");
        IntegerField min = new IntegerField("Lowest score");
        IntegerField max = new IntegerField("Highest score");
        if (c != null) {
            label.setValue(c.label());
            weight.setValue(c.weight());
            min.setValue(c.min());
            max.setValue(c.max());
        } else {
            weight.setValue(BigDecimal.ONE);
            min.setValue(0);
            max.setValue(2);
        }
        HorizontalLayout line = new HorizontalLayout(label, weight, min, max);
        Row row = new Row(label, weight, min, max, line);
        Button remove = new Button("Remove", e -> {
            rows.remove(row);
            criteria.remove(line);
        });
        remove.setAriaLabel("Remove this criterion");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        line.add(remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.add(row);
        criteria.add(line);
    }

    private ScorecardTemplate read() {
        List<Criterion> list = new ArrayList<>();
        for (Row r : rows) {
            if (r.min().getValue() == null || r.max().getValue() == null) {
                throw new ReviewRefusedException("Give \"" + r.label().getValue() + "\" a lowest and a highest score, "
                        + "for example 0 and 2.");
            }
            list.add(new Criterion(r.label().getValue(), r.weight().getValue(), r.min().getValue(),
                    r.max().getValue()));
        }
        if (samplePercent.getValue() == null) {
            throw new ReviewRefusedException("Give the sampled share of each operator's calls, from 0 to 100 %.");
        }
        return new ScorecardTemplate(null, name.getValue(), samplePercent.getValue(), passFrom.getValue(),
                coachingFrom.getValue(), list);
    }
}
