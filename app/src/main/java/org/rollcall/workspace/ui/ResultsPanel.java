package org.rollcall.workspace.ui;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rollcall.attainment.AcademicTerm;
import org.rollcall.attainment.Assessment;
import org.rollcall.attainment.RecordResults;
import org.rollcall.attainment.RecordedResult;
import org.rollcall.attainment.Results;
import org.rollcall.attainment.ResultsRefusedException;
import org.rollcall.attainment.Subject;
import org.rollcall.calls.CallId;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.Nation;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.di.Instantiator;

/**
 * Attainment results heard on a school call (ADR 0026), for the children whose authority collects them: choose the
 * child and one of the assessments that fit the child's year group and nation, type the values, save (Alt+T). A
 * refused value is shown at its own field with the scale it accepts; nothing is saved then, and every typed value
 * (and the call's marks, in their own panel) stays on screen.
 */
class ResultsPanel extends VerticalLayout {

    final Select<ExpectedChild> child = new Select<>();
    final Select<Assessment> assessment = new Select<>();
    final FormLayout fields = new FormLayout();
    final Map<Subject, TextField> values = new EnumMap<>(Subject.class);
    final Button save = new Button("Save results (Alt+T)");
    final Span status = new Span();
    final Span recorded = new Span();

    // What was typed per child and assessment, so choosing another child or assessment and back loses nothing.
    private final Map<String, Map<Subject, String>> drafts = new java.util.HashMap<>();
    private final Results results;
    private final Directory directory;
    private final CallId call;
    private final Clock clock;

    /**
     * Adds the panel to the call's area when a child on the call belongs to an authority that collects attainment,
     * and nothing otherwise. Its services come from the UI's instantiator so the workspace adds it in one line.
     */
    static void addTo(HasComponents area, CallId call, List<ChildToCollect> children) {
        Instantiator instantiator = Instantiator.get(UI.getCurrent());
        Results results = instantiator.getOrCreate(Results.class);
        // One question for all the call's authorities, not one per child or per authority.
        var collecting = results.collectingAttainment(children.stream().map(c -> c.child().authorityId()).toList());
        List<ExpectedChild> collected = children.stream().map(ChildToCollect::child)
                .filter(c -> collecting.contains(c.authorityId())).toList();
        if (!collected.isEmpty()) {
            area.add(new ResultsPanel(results, instantiator.getOrCreate(Directory.class), call, collected,
                    instantiator.getOrCreate(Clock.class)));
        }
    }

    ResultsPanel(Results results, Directory directory, CallId call, List<ExpectedChild> children, Clock clock) {
        this.results = results;
        this.directory = directory;
        this.call = call;
        this.clock = clock;
        setPadding(false);
        setId("results-panel");
        child.setLabel("Child");
        child.setId("results-child");
        child.setWidth("20em"); // the name and year group whole
        child.setItems(children);
        child.setItemLabelGenerator(c -> c.fullName() + " (" + c.yearGroupLabel() + ")");
        child.addValueChangeListener(e -> childChosen());
        assessment.setLabel("Assessment");
        assessment.setId("results-assessment");
        assessment.setItemLabelGenerator(Assessment::label);
        assessment.setEmptySelectionAllowed(false);
        assessment.addValueChangeListener(e -> showFields());
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3));
        save.setId("results-save");
        // Takes the field being typed in: values are sent as typed (EAGER) and focus leaves the field first.
        save.addClickShortcut(Key.KEY_T, KeyModifier.ALT).resetFocusOnActiveElement();
        save.addClickListener(e -> save());
        status.setId("results-status");
        status.getElement().setAttribute("role", "status");
        status.getStyle().set("overflow-wrap", "anywhere");
        recorded.setId("results-recorded");
        recorded.getStyle().set("overflow-wrap", "anywhere");
        add(new H3("Results (attainment)"), new HorizontalLayout(child, assessment), recorded, fields,
                new HorizontalLayout(save, status));
        if (children.size() == 1) {
            child.setValue(children.getFirst());
        }
    }

    private Nation nation() {
        return directory.authority(child.getValue().authorityId()).nation();
    }

    private void childChosen() {
        ExpectedChild chosen = child.getValue();
        List<Assessment> fitting = chosen == null ? List.of() : Assessment.fitting(chosen.yearGroup(), nation());
        showRecorded();
        assessment.setItems(fitting);
        if (!fitting.isEmpty()) {
            assessment.setValue(fitting.getFirst());
        }
        showFields();
    }

    /** What the child already has this academic year, so the operator does not ask the school twice. */
    private void showRecorded() {
        ExpectedChild chosen = child.getValue();
        if (chosen == null) {
            recorded.setText("");
            return;
        }
        var thisYear = AcademicTerm.of(java.time.LocalDate.now(clock)).academicYear();
        List<String> already = results.forChild(chosen.id()).stream()
                .filter(r -> r.term().academicYear().equals(thisYear))
                .map(r -> r.subject().assessment().label() + ", " + r.subject().label() + ": " + r.shown() + " ("
                        + HumanDates.date(r.recordedAt().atZone(clock.getZone()).toLocalDate()) + ")").toList();
        recorded.setText(already.isEmpty() ? "Nothing recorded for " + chosen.fullName() + " this academic year ("
                + thisYear + ")" : "Already recorded this academic year: " + String.join("; ", already));
    }

    private void showFields() {
        fields.removeAll();
        values.clear();
        if (child.getValue() == null || assessment.getValue() == null) {
            return;
        }
        Nation nation = nation();
        Map<Subject, String> draft = drafts.computeIfAbsent(draftKey(), k -> new EnumMap<>(Subject.class));
        for (Subject subject : assessment.getValue().subjects()) {
            TextField field = new TextField(subject.label());
            field.setId("result-" + subject.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            field.setHelperText(subject.accepted(nation));
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setMaxLength(40);
            field.setValue(draft.getOrDefault(subject, ""));
            field.addValueChangeListener(e -> draft.put(subject, e.getValue()));
            values.put(subject, field);
            fields.add(field);
        }
    }

    private String draftKey() {
        return child.getValue().id() + "|" + assessment.getValue();
    }

    private void save() {
        ExpectedChild chosen = child.getValue();
        if (chosen == null || assessment.getValue() == null) {
            status.setText("Nothing saved: choose the child and the assessment first");
            return;
        }
        Map<Subject, String> typed = new LinkedHashMap<>();
        values.forEach((subject, field) -> typed.put(subject, field.getValue()));
        values.values().forEach(f -> f.setInvalid(false));
        try {
            List<RecordedResult> saved = results.record(new RecordResults(chosen.id(), call, assessment.getValue(),
                    typed));
            values.values().forEach(f -> f.clear());
            drafts.remove(draftKey());
            showRecorded();
            status.setText("Saved " + saved.size() + (saved.size() == 1 ? " result" : " results") + " for "
                    + chosen.fullName() + " (" + assessment.getValue().label() + ") at "
                    + HumanDates.time(saved.getFirst().recordedAt(), clock.getZone()) + " on "
                    + HumanDates.day(saved.getFirst().recordedAt().atZone(clock.getZone()).toLocalDate()) + ", "
                    + saved.getFirst().term().label());
        } catch (ResultsRefusedException e) {
            e.problems().forEach((subject, problem) -> {
                TextField field = values.get(subject);
                if (field != null) {
                    field.setErrorMessage(problem);
                    field.setInvalid(true);
                }
            });
            status.setText(e.problems().isEmpty() ? e.getMessage() : "Nothing saved: " + e.problems().size()
                    + (e.problems().size() == 1 ? " value was" : " values were") + " refused (see the field); "
                    + "the other values are kept");
        }
    }
}
