package org.rollcall.capacity.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rollcall.accounts.Accounts;
import org.rollcall.capacity.CapacityPlan;
import org.rollcall.capacity.DayCapacity;
import org.rollcall.capacity.Rosters;
import org.rollcall.capacity.SimulationSettings;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * The capacity plan for supervisors (ADR 0045): for a day (today or ahead, {@code ?day=}), per half hour the school
 * calls whose window opens, the operators their first attempts need by the simulator's handle-time model, and the
 * operators rostered, short half hours said in words and colour; the windows that most need moving; the day's
 * roster with add and remove; and the plan as CSV.
 */
@Route("capacity")
@PageTitle("Capacity plan")
@Menu(title = "Capacity plan", order = 14, icon = "vaadin:calendar-clock")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class CapacityView extends VerticalLayout implements BeforeEnterObserver {

    private final DayCapacity capacity;
    private final Clock clock;
    final DatePicker day = new DatePicker("Day");
    final Paragraph problem = new Paragraph();
    final Paragraph assumptions = new Paragraph();
    final Paragraph totals = new Paragraph();
    final Grid<CapacityPlan.Slot> slots = new Grid<>();
    final Grid<CapacityPlan.Move> moves = new Grid<>();
    final Paragraph noMoves = new Paragraph();
    final Anchor download = new Anchor();
    final RosterEditor roster;
    DayCapacity.DayPlan shown;

    public CapacityView(DayCapacity capacity, Rosters rosters, Accounts accounts, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
        roster = new RosterEditor(rosters, () -> accounts.caller().name(), this::refresh);
        day.setLocale(Locale.UK);
        day.setId("capacity-day");
        day.setMin(LocalDate.now(clock));
        day.setHelperText("Today or a school day ahead");
        day.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("capacity", QueryParameters.simple(Map.of("day", e.getValue().toString())));
            }
        });
        problem.setId("capacity-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        SimulationSettings model = SimulationSettings.defaults();
        assumptions.setId("capacity-assumptions");
        assumptions.setText("Assumes about two minutes a school call, as the day simulator does: "
                + model.talkPerCall().toSeconds() + " s talk, " + model.talkPerChild().toSeconds() + " s a child and "
                + model.wrapUp().toSeconds() + " s wrap-up when answered, " + Math.round(model.answerRate() * 100)
                + "% answered first time. Each school's first attempt is spread over its window; retries and carer "
                + "calls are not counted.");
        totals.setId("capacity-totals");
        slots.setId("capacity-slots");
        slots.setAriaLabel("Operators needed and rostered per half hour");
        slots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        slots.addColumn(CapacityText::halfHour).setHeader("Half hour").setAutoWidth(true);
        slots.addColumn(CapacityPlan.Slot::callsOpening).setHeader("Calls opening").setTextAlign(ColumnTextAlign.END);
        slots.addColumn(s -> CapacityText.operators(s.operatorsNeeded())).setHeader("Operators needed")
                .setTextAlign(ColumnTextAlign.END);
        slots.addColumn(CapacityPlan.Slot::operatorsRostered).setHeader("Operators rostered")
                .setTextAlign(ColumnTextAlign.END);
        slots.addComponentColumn(CapacityView::cover).setHeader("Cover").setAutoWidth(true);
        slots.setAllRowsVisible(true);
        moves.setId("capacity-moves");
        moves.setAriaLabel("Windows that most need moving");
        moves.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        moves.addColumn(m -> shown.call(m.call()).school()).setHeader("School").setFlexGrow(2);
        moves.addColumn(m -> CapacityText.window(m.call().opens(), m.call().closes())).setHeader("Window now");
        moves.addColumn(m -> m.call().children()).setHeader("Children").setTextAlign(ColumnTextAlign.END);
        moves.addColumn(CapacityText::suggestion).setHeader("Suggestion").setFlexGrow(2);
        moves.setAllRowsVisible(true);
        noMoves.setId("capacity-no-moves");
        download.setId("capacity-download");
        download.setText("Download CSV");
        download.getElement().setAttribute("download", true);
        add(day, problem, assumptions, totals, download, slots, new H3("Windows to ask schools to move"), noMoves,
                moves, new H3("Roster for the day"), roster);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = LocalDate.now(clock);
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter("day");
        LocalDate chosen = today;
        problem.setVisible(false);
        if (asked.isPresent() && !asked.get().isBlank()) {
            try {
                chosen = LocalDate.parse(asked.get().strip());
            } catch (DateTimeParseException e) {
                refuse("'" + asked.get() + "' is not a date: give the day as year-month-day, for example " + today
                        + ". Showing today instead.");
            }
            if (chosen.isBefore(today)) {
                refuse("The capacity plan is for today or a day ahead, not " + HumanDates.day(chosen)
                        + ". Showing today instead.");
                chosen = today;
            }
        }
        day.setValue(chosen);
        refresh();
    }

    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    void refresh() {
        LocalDate chosen = day.getValue();
        shown = capacity.plan(chosen);
        slots.setItems(shown.plan().slots());
        moves.setItems(shown.plan().moves());
        moves.setVisible(!shown.plan().moves().isEmpty());
        noMoves.setText(shown.plan().slots().isEmpty() ? "No school calls on this day."
                : shown.plan().moves().isEmpty() ? "None: the roster covers every window." : "");
        noMoves.setVisible(shown.plan().moves().isEmpty());
        totals.setText(totals(shown));
        roster.show(chosen, shown.shifts());
        DayCapacity.DayPlan plan = shown;
        DownloadHandler csv = event -> {
            event.setFileName(fileName(plan.day()));
            event.setContentType("text/csv");
            try (java.io.OutputStream out = event.getOutputStream()) {
                CapacityCsv.write(plan, out);
            }
        };
        download.setHref(csv);
        download.getElement().setAttribute("aria-label", "Download the capacity plan for "
                + HumanDates.day(chosen) + " as CSV");
    }

    static String fileName(LocalDate day) {
        return "capacity-plan-" + day + ".csv";
    }

    static String totals(DayCapacity.DayPlan plan) {
        String day = HumanDates.day(plan.day());
        if (plan.plan().slots().isEmpty()) {
            return day + ": no school calls planned (a weekend, a holiday, or no monitored children).";
        }
        long shortHalfHours = plan.halfHoursShort();
        return day + ": " + plan.callsOpening() + (plan.callsOpening() == 1 ? " school call" : " school calls")
                + ", needing " + CapacityText.operators(plan.operatorHoursNeeded()) + " operator-hours; "
                + CapacityText.operators(plan.operatorHoursRostered()) + " operator-hours rostered. "
                + (shortHalfHours == 0 ? "Every half hour is covered."
                : shortHalfHours + (shortHalfHours == 1 ? " half hour is" : " half hours are") + " short of operators.");
    }

    private static Span cover(CapacityPlan.Slot slot) {
        Span cover = new Span(CapacityText.cover(slot));
        if (slot.understaffed()) {
            cover.getElement().getThemeList().add("badge error");
            cover.getStyle().set("font-weight", "600");
        } else {
            cover.getElement().getThemeList().add("badge success");
        }
        return cover;
    }
}
