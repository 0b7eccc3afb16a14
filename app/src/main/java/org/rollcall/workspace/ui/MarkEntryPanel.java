package org.rollcall.workspace.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.CharacterCounter;
import org.rollcall.platform.web.ErrorReference;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.DayPart;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.ProvisionId;
import org.springframework.dao.DataAccessException;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Every session the call must collect, one row per child: a single day's AM and PM, the morning call's AM only, or
 * a week grid for a weekly call. Keyboard first: Tab moves along the row, Alt+M saves all rows in one transaction,
 * so a refused mark saves nothing and its field says why.
 */
class MarkEntryPanel extends VerticalLayout {

    /** One child's fields and "excluded" ticks, by session. */
    record Row(ChildToCollect child, Map<SessionSlot, TextField> fields, Map<SessionSlot, Checkbox> excluded,
               TextField reason) {

        TextField field(LocalDate date, Session session) {
            return fields.get(new SessionSlot(date, DayPart.valueOf(session.name())));
        }

        Checkbox excluded(LocalDate date, Session session) {
            return excluded.get(new SessionSlot(date, DayPart.valueOf(session.name())));
        }
    }

    /** When a code was heard: seconds from the bridge, and the moment itself, while the school was connected. */
    private record Heard(Integer offsetSeconds, Instant at) {
    }

    private final List<Row> rows = new ArrayList<>();
    // When each code was heard: QA jumps to the mark's own moment in the recording, not to the moment of saving.
    private final Map<TextField, Heard> heardAt = new HashMap<>();
    private final Map<org.rollcall.directory.ChildId, Div> refusals = new HashMap<>();
    private final Map<org.rollcall.directory.ChildId, Div> recent = new HashMap<>();
    private final Clock clock;
    final Span status = new Span();
    final Button save = new Button("Save marks (Alt+M)");
    final ChallengePrompts challenges;
    final OffSitePrompts offSite;

    MarkEntryPanel(List<ChildToCollect> children, CodeSet codes, Attendance attendance, ProvisionId provision,
                   UUID callId, Supplier<Integer> offset, String operatorName, Clock clock) {
        this.clock = clock;
        this.challenges = ChallengePrompts.lookUp(provision);
        this.offSite = new OffSitePrompts(provision, callId, operatorName); // B: where and when (ADR 0027)
        setPadding(false);
        setId("mark-entry");
        List<SessionSlot> columns = new ArrayList<>(new TreeSet<>(children.stream()
                .flatMap(c -> c.slots().stream()).toList()));
        setWidthFull();
        Div grid = new Div();
        grid.addClassName("mark-grid");
        grid.setWidthFull();
        grid.getStyle().set("max-width", "96em");
        // A week's ten sessions are wider than a laptop's window: the grid scrolls sideways (to the focused field
        // too) instead of running past the window's edge, where the reason and Excluded ticks could not be seen.
        grid.getStyle().set("overflow-x", "auto");
        grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("align-items", "center")
                .set("grid-template-columns", "minmax(14em, 20em) repeat(" + columns.size() + ", 4.5em) "
                        + "minmax(12em, 1fr) auto");
        SessionHeadings.add(grid, columns);
        for (ChildToCollect child : children) {
            Span who = new Span(child.child().fullName() + " · " + child.child().yearGroupLabel() + " · UPN "
                    + (child.child().upn() == null ? "not known: ask for it" : child.child().upn().value()));
            Div whoCell = new Div(who);
            recent.put(child.child().id(), whoCell);
            grid.add(whoCell);
            Map<SessionSlot, TextField> fields = new LinkedHashMap<>();
            Map<SessionSlot, Checkbox> ticks = new LinkedHashMap<>();
            for (SessionSlot slot : columns) {
                if (child.slots().contains(slot)) {
                    TextField field = code(child.child().fullName(), slot, offset);
                    fields.put(slot, field);
                    grid.add(field);
                } else {
                    Span none = new Span("–");
                    none.getElement().setAttribute("aria-hidden", "true");
                    none.getStyle().set("text-align", "center").set("color", "var(--lumo-secondary-text-color)");
                    grid.add(none);
                }
            }
            TextField reason = new TextField();
            reason.setAriaLabel("Reason for absence, " + child.child().fullName());
            reason.setPlaceholder("Reason for any absence");
            reason.setValueChangeMode(ValueChangeMode.EAGER);
            CharacterCounter.on(reason, FreeText.MAX_REASON);
            reason.setWidthFull();
            grid.add(reason);
            // After the reason, so Tab still goes code to code to reason as operators type them.
            Div excludedCell = new Div();
            // A tick's label is never broken ("Fri 27 Nov PM" on one line); the ticks themselves wrap.
            excludedCell.getStyle().set("display", "flex").set("flex-wrap", "wrap")
                    .set("gap", "0 var(--lumo-space-s)").set("white-space", "nowrap");
            for (SessionSlot slot : child.slots()) {
                Checkbox tick = excludedTick(child.child().fullName(), slot, columns);
                ticks.put(slot, tick);
                excludedCell.add(tick);
            }
            grid.add(excludedCell);
            grid.add(challenges.row(child.child(), fields)); // questions of the authority's challenge rules
            grid.add(offSite.row(child.child(), fields, () -> challenges.askAgain(child.child().id())));
            rows.add(new Row(child, fields, ticks, reason));
            grid.add(refusalLine(child));
        }
        if (children.isEmpty()) {
            add(new Span("Nothing to ask for on this call: the school is closed for its sessions, or no monitored "
                    + "child is expected here (ask whether anyone has joined or left)."));
        } else {
            add(legend(codes), grid);
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Leaving the field first sends what it shows, so Alt+M in the last field saves that field too.
        save.addClickShortcut(Key.KEY_M, KeyModifier.ALT).resetFocusOnActiveElement();
        save.addClickListener(e -> save(attendance, provision, callId, offset, operatorName));
        status.setId("mark-status");
        // Read out when it changes: the refusal is said here and under its row; the refused field turns red.
        status.getElement().setAttribute("role", "status");
        HorizontalLayout saveRow = new HorizontalLayout(save, status);
        // Kept in sight at the foot of the window however many children the grid lists (the call bar is at its top).
        saveRow.getStyle().set("position", "sticky").set("bottom", "0").set("z-index", "1")
                .set("background", "var(--lumo-base-color)").set("padding-block", "var(--lumo-space-xs)");
        saveRow.setWidthFull();
        add(saveRow);
        rows.stream().flatMap(r -> r.fields().values().stream()).findFirst().ifPresent(TextField::focus);
    }

    /**
     * Under its row and across the whole grid (the code field is too narrow to hold it): why the row's mark was
     * refused and what is accepted. Hidden, so it takes no grid row, until a save is refused.
     */
    private Div refusalLine(ChildToCollect child) {
        Div line = new Div();
        line.setId("refusal-" + (refusals.size() + 1));
        line.addClassName("mark-refusal");
        line.getStyle().set("grid-column", "1 / -1").set("color", "var(--lumo-error-text-color)")
                .set("font-size", "var(--lumo-font-size-s)").set("margin-bottom", "var(--lumo-space-s)");
        line.setVisible(false);
        refusals.put(child.child().id(), line);
        return line;
    }

    /** Each child's last sessions, under the child's name (read for all the call's children at once). */
    void showLastSessions(Map<org.rollcall.directory.ChildId, List<org.rollcall.attendance.Mark>> last,
                          CodeSet codes) {
        recent.forEach((child, cell) -> cell.add(new RecentMarks(last.getOrDefault(child, List.of()), codes)));
    }

    /**
     * The school's own marks for the call's sessions (its system's feed, its designated teacher; ADR 0044): shown
     * under the child's name and put in the code fields, so the operator confirms them rather than asks again. Saving
     * the same code confirms the school's mark (one mark, its source kept); another code keeps both and flags the
     * difference for QA and the authority.
     */
    void showSchoolMarks(Map<org.rollcall.directory.ChildId, List<org.rollcall.attendance.Mark>> today) {
        for (Row row : rows) {
            List<org.rollcall.attendance.Mark> awaiting = today.getOrDefault(row.child().child().id(), List.of())
                    .stream().filter(org.rollcall.attendance.Mark::awaitsConfirmation)
                    .filter(m -> row.field(m.date(), m.session()) != null).toList();
            if (awaiting.isEmpty()) {
                continue;
            }
            List<String> said = new ArrayList<>();
            for (var mark : awaiting) {
                TextField field = row.field(mark.date(), mark.session());
                if (field.isEmpty()) {
                    field.setValue(mark.code());
                }
                if (mark.reason() != null && row.reason().isEmpty()) {
                    row.reason().setValue(mark.reason());
                }
                said.add(mark.session() + " " + mark.code() + (mark.reason() == null ? "" : " (" + mark.reason() + ")"));
            }
            boolean teacher = awaiting.stream().allMatch(m -> m.source()
                    == org.rollcall.attendance.MarkSource.DESIGNATED_TEACHER);
            Span note = new Span((teacher ? "Entered by the designated teacher" : "Received from the school's system")
                    + ": confirm " + String.join(", ", said) + " with the school, or type what they say");
            note.addClassName("school-marks");
            note.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-primary-text-color)");
            recent.get(row.child().child().id()).add(note);
        }
    }

    /** The school's marks to confirm shown under a child's name, or null when there are none. */
    Span schoolMarks(Row row) {
        return recent.get(row.child().child().id()).getChildren().filter(Span.class::isInstance)
                .map(Span.class::cast).filter(s -> s.hasClassName("school-marks")).findFirst().orElse(null);
    }

    /** The last sessions shown under a child's name. */
    RecentMarks lastSessions(Row row) {
        return recent.get(row.child().child().id()).getChildren().filter(RecentMarks.class::isInstance)
                .map(RecentMarks.class::cast).findFirst().orElse(null);
    }

    /** The refusal shown under a child's row; hidden when there is none. */
    Div refusal(Row row) {
        return refusals.get(row.child().child().id());
    }

    List<Row> rows() {
        return rows;
    }

    /** The children and sessions this call is to collect, as the grid shows them. */
    List<ChildToCollect> children() {
        return rows.stream().map(Row::child).toList();
    }

    /**
     * The codes and what the Excluded tick means, said once above the grid. They were a tooltip on every field and
     * tick: one more element each in every screen-pop, and a box over the next row each time Tab reached a field.
     */
    private static Div legend(CodeSet codes) {
        Span list = new Span(codes.label() + " · " + codes.byCategory().entrySet().stream()
                .map(e -> e.getKey().label() + ": " + String.join(" ", e.getValue()))
                .collect(java.util.stream.Collectors.joining(" · ")));
        Span excluded = new Span("Excluded: tick when the school says the child is excluded, whatever code it gives; "
                + "the social worker is alerted and the school asked for the letter.");
        Div legend = new Div(list, excluded);
        legend.setId("mark-legend");
        legend.getStyle().set("display", "flex").set("flex-direction", "column")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return legend;
    }

    private TextField code(String child, SessionSlot slot, Supplier<Integer> offset) {
        TextField field = new TextField();
        field.setAriaLabel(child + ", " + SessionHeadings.spoken(slot));
        // Every keystroke reaches the server, so Alt+M in the last field saves what it shows.
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> {
            if (e.getValue().isBlank()) {
                heardAt.remove(field);
            } else {
                Heard heard = heardNow(offset);
                if (heard.at() != null) { // typed before the school was connected: its moment is still to come
                    heardAt.putIfAbsent(field, heard);
                }
            }
        });
        field.setWidthFull();
        field.setMaxLength(3);
        field.setPlaceholder(slot.part() == DayPart.AM ? "/" : "\\");
        return field;
    }

    /**
     * The school says the child is excluded whatever code it gives (a C, say): the tick is stored with the mark and
     * starts the exclusion follow-up like code E.
     */
    private static Checkbox excludedTick(String child, SessionSlot slot, List<SessionSlot> columns) {
        Checkbox tick = new Checkbox(SessionHeadings.shortLabel(slot, columns));
        tick.setAriaLabel("Excluded, " + child + ", " + SessionHeadings.spoken(slot));
        tick.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return tick;
    }

    void save(Attendance attendance, ProvisionId provision, UUID callId, Supplier<Integer> offset,
              String operatorName) {
        List<RecordMark> marks = new ArrayList<>();
        rows.forEach(r -> r.fields().values().forEach(f -> f.setInvalid(false)));
        refusals.values().forEach(line -> {
            line.setText("");
            line.setVisible(false);
        });
        Heard now = heardNow(offset);
        for (Row r : rows) {
            r.fields().forEach((slot, field) -> {
                if (!field.getValue().isBlank()) {
                    Heard heard = heardAt.getOrDefault(field, now);
                    marks.add(new RecordMark(r.child().child().id(), provision, slot.date(),
                            Session.valueOf(slot.part().name()), field.getValue().strip(), r.reason().getValue(),
                            callId, heard.offsetSeconds(), operatorName, heard.at(),
                            r.excluded().get(slot).getValue()));
                }
            });
        }
        if (marks.isEmpty()) {
            status.setText("Nothing to save: enter an AM or PM code first");
            return;
        }
        try {
            challenges.record(marks); // the marks and the school's answers to challenges, in one transaction
            status.setText(marks.size() + (marks.size() == 1 ? " mark saved" : " marks saved"));
        } catch (MarkRejectedException e) {
            status.setText("Nothing saved: " + e.getMessage());
            markInvalid(e);
        } catch (DataAccessException e) {
            // e.g. another operator saved the same child's mark a moment earlier: the whole batch rolled back. The
            // database's own text goes to the log only, under the reference the operator is shown.
            String reference = ErrorReference.logged("Saving marks", e);
            status.setText("Nothing saved: the marks could not be written; press Save again. If it happens again, "
                    + "tell an administrator the reference " + reference + ".");
        }
    }

    /** The moment itself only while the school is connected (there is an offset): otherwise it is in no recording. */
    private Heard heardNow(Supplier<Integer> offset) {
        Integer seconds = offset.get();
        return new Heard(seconds, seconds == null ? null : clock.instant());
    }

    private void markInvalid(MarkRejectedException e) {
        e.mark().ifPresent(refused -> rows.stream().filter(r -> r.child().child().id().equals(refused.childId()))
                .forEach(r -> {
                    TextField field = r.field(refused.date(), refused.session());
                    if (field != null) {
                        field.setInvalid(true);
                    }
                    Div line = refusal(r);
                    line.setText(e.getMessage());
                    line.setVisible(true);
                }));
    }
}
