package org.rollcall.workspace.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.rollcall.calendar.DayPart;
import org.rollcall.calls.SessionSlot;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The head of the marks grid: "AM PM" for one day, or each day's name and date over its AM and PM. */
final class SessionHeadings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private SessionHeadings() {
    }

    static void add(Div grid, List<SessionSlot> columns) {
        boolean oneDay = columns.stream().map(SessionSlot::date).distinct().count() <= 1;
        grid.add(heading("Child"));
        for (SessionSlot slot : columns) {
            grid.add(heading(oneDay ? slot.part().name() : DAY.format(slot.date()) + " " + slot.part().name()));
        }
        grid.add(heading("Reason"));
        grid.add(heading("Excluded"));
    }

    /** A session as its column is headed: "AM", or "Thu 26 Nov AM" in a week's grid. */
    static String shortLabel(SessionSlot slot, List<SessionSlot> columns) {
        boolean oneDay = columns.stream().map(SessionSlot::date).distinct().count() <= 1;
        return oneDay ? slot.part().name() : DAY.format(slot.date()) + " " + slot.part().name();
    }

    /** What a screen reader says for a field, e.g. "Monday 30 November, AM". */
    static String spoken(SessionSlot slot) {
        return SPOKEN.format(slot.date()) + ", " + (slot.part() == DayPart.AM ? "morning (AM)" : "afternoon (PM)");
    }

    private static Span heading(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }
}
