package org.rollcall.moves.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.attendance.Session;
import org.rollcall.moves.BackdateEntry;
import org.rollcall.moves.BackdateRefusedException;
import org.rollcall.moves.BackdateSheet;
import org.rollcall.moves.Backdating;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinService;

/**
 * The multi-day grid of a moved child's marks at the new school: one row per school day from the start date to the
 * last school day before today (the school's calendar decides), a code and a reason for the morning and the
 * afternoon. Saved all at once with each mark's own date (Alt+B); a refused cell says why beside itself and every
 * typed entry stays.
 */
public class BackdateGrid extends VerticalLayout {

    /** The code and reason fields of one session of one day, and the line under the day for its refusal. */
    public record Cell(TextField code, TextField reason, Span problem) {
    }

    public final Map<BackdateEntry.Slot, Cell> cells = new LinkedHashMap<>();
    public final Button save = new Button("Save backdated marks (Alt+B)");
    public final Span status = new Span();
    private final Backdating backdating;
    private final UUID move;
    private final UUID callId;
    private final String who;
    private final Runnable onSaved;

    /** The grid for a call, its service from the application. */
    public static BackdateGrid forCall(UUID move, UUID callId, String who, Runnable onSaved) {
        return new BackdateGrid(VaadinService.getCurrent().getInstantiator().getOrCreate(Backdating.class), move,
                callId, who, onSaved);
    }

    public BackdateGrid(Backdating backdating, UUID move, UUID callId, String who, Runnable onSaved) {
        this.backdating = backdating;
        this.move = move;
        this.callId = callId;
        this.who = who;
        this.onSaved = onSaved;
        setId("backdate-grid");
        setPadding(false);
        BackdateSheet sheet = backdating.sheet(move);
        add(new H3("Backdate " + sheet.childName() + "'s marks at " + sheet.schoolName()));
        add(new Paragraph(sheet.childName() + " started at " + sheet.schoolName() + " on "
                + HumanDates.day(sheet.startsOn()) + ". Ask for the register code of each school day since, "
                + "and the reason for any absence. Weekends, bank holidays and the school's closures are left out."));
        Div rows = new Div();
        rows.getElement().setAttribute("role", "table");
        rows.getElement().setAttribute("aria-label", "Backdated marks of " + sheet.childName());
        for (BackdateSheet.Day day : sheet.days()) {
            HorizontalLayout row = new HorizontalLayout();
            row.getElement().setAttribute("role", "row");
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            Span when = new Span(HumanDates.day(day.date()));
            when.setWidth("16em");
            when.getElement().setAttribute("role", "rowheader");
            row.add(when);
            // A refusal is a sentence: under the day, full width, not squeezed under a two-letter field.
            Span problem = new Span();
            problem.setId("backdate-problem-" + day.date());
            problem.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block")
                    .set("margin-inline-start", "16em");
            for (Session session : Session.values()) {
                row.add(session(sheet, day, session, problem));
            }
            rows.add(row, problem);
        }
        save.setId("backdate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_B, KeyModifier.ALT).resetFocusOnActiveElement();
        save.addClickListener(e -> save());
        status.setId("backdate-status");
        status.getElement().setAttribute("role", "status");
        HorizontalLayout act = new HorizontalLayout(save, status);
        act.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(rows, act);
        showMissing(sheet);
    }

    private HorizontalLayout session(BackdateSheet sheet, BackdateSheet.Day day, Session session, Span problem) {
        String half = session == Session.AM ? "morning" : "afternoon";
        HorizontalLayout pair = new HorizontalLayout();
        pair.getElement().setAttribute("role", "cell");
        pair.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!day.open(session)) {
            pair.add(new Span("No " + half + " session (school closed)"));
            return pair;
        }
        TextField code = new TextField(session == Session.AM ? "AM" : "PM");
        code.setAriaLabel(sheet.childName() + ", " + HumanDates.day(day.date()) + ", " + half + " code");
        code.setWidth("5em");
        code.setMaxLength(2);
        TextField reason = new TextField("Reason if absent");
        reason.setAriaLabel(sheet.childName() + ", " + HumanDates.day(day.date()) + ", " + half + " reason");
        reason.setWidth("14em");
        for (TextField f : List.of(code, reason)) {
            f.setValueChangeMode(ValueChangeMode.EAGER);
            f.setManualValidation(true);
        }
        code.setValue(day.code(session) == null ? "" : day.code(session));
        String known = session == Session.AM ? day.amReason() : day.pmReason();
        reason.setValue(known == null ? "" : known);
        code.getElement().setAttribute("aria-describedby", problem.getId().orElseThrow());
        cells.put(new BackdateEntry.Slot(day.date(), session), new Cell(code, reason, problem));
        pair.add(code, reason);
        return pair;
    }

    /** Sends every typed cell; all are saved or none. */
    public void save() {
        cells.values().forEach(c -> {
            c.code().setInvalid(false);
            c.problem().setText("");
        });
        List<BackdateEntry> entries = new ArrayList<>();
        cells.forEach((slot, cell) -> {
            if (!cell.code().getValue().isBlank()) {
                entries.add(new BackdateEntry(slot.date(), slot.session(), cell.code().getValue(),
                        cell.reason().getValue()));
            }
        });
        try {
            BackdateSheet sheet = backdating.save(move, entries, callId, who);
            showMissing(sheet);
            onSaved.run();
        } catch (BackdateRefusedException e) {
            e.problems().forEach((slot, problem) -> {
                Cell cell = cells.get(slot);
                if (cell != null) {
                    cell.code().setInvalid(true);
                    cell.problem().setText((cell.problem().getText().isEmpty() ? "" : cell.problem().getText() + " ")
                            + (slot.session() == Session.AM ? "AM: " : "PM: ") + problem);
                }
            });
            status.setText("Not saved: " + e.problems().size() + (e.problems().size() == 1 ? " mark needs" :
                    " marks need") + " correcting, as said under " + (e.problems().size() == 1 ? "its day" : "each day")
                    + "; nothing was saved and what you typed is kept");
        }
    }

    private void showMissing(BackdateSheet sheet) {
        long missing = sheet.missing();
        status.setText(missing == 0 ? "All " + cells.size() + " sessions are marked: backdating done"
                : missing + (missing == 1 ? " session" : " sessions") + " still to mark");
    }
}
