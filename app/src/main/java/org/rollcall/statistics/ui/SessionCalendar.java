package org.rollcall.statistics.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rollcall.directory.ChildId;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.DateRange;
import org.rollcall.statistics.SessionCell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;

/**
 * A child's sessions a month at a time: week rows, Monday to Friday (Saturday and Sunday only when the school was
 * open), each day with its AM and PM code and what it means. Colour helps but never carries meaning alone: every
 * cell says in words what it is (present, an absence, school closed, not yet marked).
 */
public class SessionCalendar extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    final Select<YearMonth> month = new Select<>();
    final Button previous = new Button("Previous month");
    final Button next = new Button("Next month");
    private final Div table = new Div();
    private final AttendanceStatistics statistics;
    private final ChildId child;
    private final LocalDate earliest;
    private final Map<LocalDate, String> shown = new LinkedHashMap<>();

    /**
     * @param earliest the first day statistics may show (the history kept); months before it are not offered
     */
    public SessionCalendar(AttendanceStatistics statistics, ChildId child, LocalDate today, LocalDate earliest) {
        this.statistics = statistics;
        this.child = child;
        this.earliest = earliest;
        addClassName("session-calendar");
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(today); !m.isBefore(YearMonth.from(earliest)); m = m.minusMonths(1)) {
            months.add(m);
        }
        month.setLabel("Month");
        month.setItems(months);
        month.setItemLabelGenerator(MONTH::format);
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> month.setValue(month.getValue().minusMonths(1)));
        next.addClickListener(e -> month.setValue(month.getValue().plusMonths(1)));
        HorizontalLayout picker = new HorizontalLayout(previous, month, next);
        picker.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(picker, table);
        month.setValue(YearMonth.from(today));
    }

    private void show(YearMonth shownMonth) {
        previous.setEnabled(shownMonth.isAfter(YearMonth.from(earliest)));
        next.setEnabled(month.getListDataView().getItems().anyMatch(m -> m.isAfter(shownMonth)));
        LocalDate first = shownMonth.atDay(1).isBefore(earliest) ? earliest : shownMonth.atDay(1);
        List<SessionCell> cells = statistics.calendar(child, DateRange.of(first, shownMonth.atEndOfMonth()));
        Map<LocalDate, List<SessionCell>> byDay = new LinkedHashMap<>();
        cells.forEach(c -> byDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(c));
        boolean weekends = byDay.keySet().stream().anyMatch(d -> d.getDayOfWeek().getValue() > 5);
        int columns = weekends ? 7 : 5;

        shown.clear();
        Element grid = new Element("table");
        grid.getStyle().set("border-collapse", "collapse").set("width", "100%").set("table-layout", "fixed");
        grid.appendChild(new Element("caption").setText("Sessions in " + MONTH.format(shownMonth)
                + ": morning (AM) and afternoon (PM) marks"));
        Element head = new Element("tr");
        for (int d = 1; d <= columns; d++) {
            head.appendChild(new Element("th").setAttribute("scope", "col")
                    .setText(DayOfWeek.of(d).getDisplayName(TextStyle.FULL, Locale.UK)));
        }
        grid.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        LocalDate monday = shownMonth.atDay(1).with(DayOfWeek.MONDAY);
        for (; !monday.isAfter(shownMonth.atEndOfMonth()); monday = monday.plusWeeks(1)) {
            if (!YearMonth.from(monday.plusDays(columns - 1)).equals(shownMonth)
                    && !YearMonth.from(monday).equals(shownMonth)) {
                continue; // a week whose shown days all fall in the month before (1 November 2026 is a Sunday)
            }
            Element row = new Element("tr");
            for (int d = 0; d < columns; d++) {
                LocalDate day = monday.plusDays(d);
                row.appendChild(day(day, YearMonth.from(day).equals(shownMonth) ? byDay.get(day) : null,
                        YearMonth.from(day).equals(shownMonth)));
            }
            body.appendChild(row);
        }
        grid.appendChild(body);
        table.getElement().removeAllChildren();
        table.getElement().appendChild(grid);
    }

    private Element day(LocalDate day, List<SessionCell> cells, boolean inMonth) {
        Element td = new Element("td");
        td.getStyle().set("vertical-align", "top").set("padding", "var(--lumo-space-xs)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("font-size", "var(--lumo-font-size-s)");
        if (!inMonth) {
            return td;
        }
        td.appendChild(new Element("strong").setText(String.valueOf(day.getDayOfMonth())));
        StringBuilder text = new StringBuilder();
        if (cells == null) {
            String none = day.isBefore(earliest) ? "Before the history kept" : "No session";
            td.appendChild(new Element("div").setText(none));
            text.append(none);
        } else {
            // A day not marked the same way all day (closed, not on roll) says so once: "AM and PM School closed".
            boolean allDay = cells.size() == 2 && cells.get(0).code() == null && cells.get(1).code() == null
                    && cells.get(0).state() == cells.get(1).state();
            for (SessionCell cell : allDay ? cells.subList(0, 1) : cells) {
                String line = (allDay ? "AM and PM" : cell.session().name()) + " "
                        + (cell.code() == null ? "" : cell.code() + " ") + cell.label();
                Element session = new Element("div").setText(line);
                session.getStyle().set("background", background(cell)).set("margin-top", "2px")
                        .set("border-radius", "var(--lumo-border-radius-s)").set("padding", "0 var(--lumo-space-xs)");
                if (cell.state() == SessionCell.State.NOT_YET_MARKED) {
                    session.getStyle().set("border", "1px dashed var(--lumo-contrast-50pct)");
                }
                td.appendChild(session);
                text.append(text.isEmpty() ? "" : " | ").append(line);
            }
        }
        shown.put(day, text.toString());
        return td;
    }

    /** Pale backgrounds that keep the text at full contrast; the words say the same thing. */
    private static String background(SessionCell cell) {
        if (cell.state() != SessionCell.State.MARKED) {
            return cell.state() == SessionCell.State.NOT_YET_MARKED ? "transparent" : "var(--lumo-contrast-10pct)";
        }
        return switch (cell.category()) {
            case PRESENT, APPROVED_ACTIVITY -> "var(--lumo-success-color-10pct)";
            case AUTHORISED_ABSENCE -> "var(--lumo-primary-color-10pct)";
            case UNAUTHORISED_ABSENCE -> "var(--lumo-error-color-10pct)";
            case NOT_POSSIBLE, ADMINISTRATIVE -> "var(--lumo-contrast-10pct)";
        };
    }

    /** What the calendar shows for a day of the month on screen ("AM / Present (AM) | PM I Illness"), for tests. */
    public String shownFor(LocalDate day) {
        return shown.get(day);
    }
}
