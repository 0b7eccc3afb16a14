package org.rollcall.workspace.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.Mark;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A child's last sessions under their name, oldest first, so the operator hears today's codes against the usual ones:
 * each code says its day, session and meaning in a tooltip and to screen readers. Not focusable: Tab still goes from
 * code field to code field.
 */
final class RecentMarks extends Div {

    static final int SESSIONS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    RecentMarks(List<Mark> marks, CodeSet codes) {
        addClassName("recent-marks");
        // Set once here, not on each of a row's ten codes: every style is sent with the screen-pop (ADR 0055).
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("display", "flex").set("flex-wrap", "wrap")
                .set("gap", "0 0.4em").set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Span label = new Span(marks.isEmpty() ? "No earlier marks in Rollcall" : "Last " + marks.size() + ":");
        label.getStyle().set("font-family", "var(--lumo-font-family)").set("color", "var(--lumo-secondary-text-color)");
        add(label);
        for (Mark mark : marks) {
            Span code = new Span(mark.code());
            String said = said(mark, codes);
            code.getElement().setAttribute("title", said);
            code.getElement().setAttribute("role", "img");
            code.getElement().setAttribute("aria-label", said);
            if (mark.category().isAbsence()) {
                code.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            add(code);
        }
    }

    /** "Monday 23 November, PM: I (Illness)". */
    static String said(Mark mark, CodeSet codes) {
        String meaning = codes.find(mark.code()).map(c -> " (" + c.description() + ")").orElse("");
        return DAY.format(mark.date()) + ", " + mark.session().name() + ": " + mark.code() + meaning;
    }
}
