package org.rollcall.workspace.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.rollcall.accounts.UserId;
import org.rollcall.attendance.Attendance;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionId;
import org.rollcall.escalation.CarerCallDesk;
import org.rollcall.escalation.SocialWorkerCallDesk;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The operator's own calls of today (the app clock's today), newest first: when, whom, why, how it ended, how long
 * and how many marks it saved. Under the call on the workspace, so it is read between calls without leaving the
 * screen calls pop up on. The whole day is read once; after that only the call that changed is read and its row
 * sent, so the 150th call of the day pops up no slower than the first (ADR 0055).
 */
class MyCallsToday extends VerticalLayout {

    /** One call as the list shows it, all in words. */
    record Line(CallId id, String time, String called, String purpose, String outcome, String duration,
                String marks) {
    }

    final H2 heading = new H2();
    final Grid<Line> grid = new Grid<>();
    private final CallLog calls;
    private final Directory directory;
    private final Attendance attendance;
    private final CarerCallDesk carers;
    private final SocialWorkerCallDesk socialWorkers;
    private final Clock clock;
    private final UserId operator;
    /** The rows, newest first: the grid's own list, changed in place. */
    private final List<Line> lines = new ArrayList<>();
    /** Who each call was to, read once a call (a carer's or social worker's name needs their card). */
    private final Map<CallId, String> called = new HashMap<>();
    private GridListDataView<Line> view;
    private LocalDate day;
    /** The call the screen showed last: its row is read once more when the screen moves on from it. */
    private CallId following;

    MyCallsToday(CallLog calls, Directory directory, Attendance attendance, CarerCallDesk carers,
                 SocialWorkerCallDesk socialWorkers, Clock clock, UserId operator) {
        this.calls = calls;
        this.directory = directory;
        this.attendance = attendance;
        this.carers = carers;
        this.socialWorkers = socialWorkers;
        this.clock = clock;
        this.operator = operator;
        setId("my-calls");
        setPadding(false);
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
        grid.addColumn(Line::time).setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Line::called).setHeader("Called").setFlexGrow(3);
        grid.addColumn(Line::purpose).setHeader("Purpose").setAutoWidth(true);
        grid.addColumn(Line::outcome).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(Line::duration).setHeader("Talked").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Line::marks).setHeader("Marks saved").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("My calls today");
        add(heading, grid);
    }

    /** Reads the whole day: one query for the calls, one for their names, one for their marks. */
    void update() {
        day = LocalDate.now(clock);
        List<CallSummary> mine = calls.byOperator(operator, day).stream()
                .filter(c -> c.status() != CallStatus.REQUEUED).toList().reversed();
        Map<ProvisionId, String> names = directory.provisionNames(mine.stream().map(CallSummary::provisionId)
                .distinct().toList());
        Map<UUID, Integer> marks = attendance.marksSaved(mine.stream().filter(c -> !c.purpose().aboutAChild())
                .map(c -> c.id().value()).toList());
        called.clear();
        lines.clear();
        mine.forEach(c -> lines.add(line(c, names.getOrDefault(c.provisionId(), "a provision"),
                marks.getOrDefault(c.id().value(), 0))));
        view = grid.setItems(lines);
        view.setIdentifierProvider(Line::id);
        heading();
    }

    /**
     * The screen's call changed state (or the screen moved on from it: {@code null} when there is none): only that
     * call's row, and the row of the call shown before it, are read again and sent.
     */
    void follow(CallSummary call) {
        if (view == null || !LocalDate.now(clock).equals(day)) {
            update();
        } else {
            if (following != null && (call == null || !call.id().equals(following))) {
                calls.find(following).ifPresent(this::put); // wrapped up, or requeued, since the screen showed it
            }
            if (call != null) {
                put(call);
            }
            heading();
        }
        following = call == null ? null : call.id();
    }

    private void put(CallSummary call) {
        int at = indexOf(call.id());
        if (call.status() == CallStatus.REQUEUED || !operator.equals(call.operatorId())) {
            if (at >= 0) {
                view.removeItem(lines.get(at));
            }
            return;
        }
        Line line = line(call, null, call.purpose().aboutAChild() ? 0
                : attendance.marksSaved(List.of(call.id().value())).getOrDefault(call.id().value(), 0));
        if (at >= 0) {
            lines.set(at, line);
            view.refreshItem(line); // this row only
        } else if (lines.isEmpty()) {
            view.addItem(line);
        } else {
            view.addItemBefore(line, lines.getFirst());
        }
    }

    private int indexOf(CallId id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void heading() {
        heading.setText("My calls today, " + HumanDates.day(day) + " (" + lines.size()
                + (lines.size() == 1 ? " call)" : " calls)"));
    }

    /** A call in words; {@code school} null when not yet read (one query, then kept with the call). */
    private Line line(CallSummary c, String school, int marks) {
        String whom = called.computeIfAbsent(c.id(), id -> called(c, () -> school != null ? school
                : directory.provisionNames(List.of(c.provisionId())).getOrDefault(c.provisionId(), "a provision")));
        return new Line(c.id(), c.offeredAt() == null ? "–" : HumanDates.time(c.offeredAt(), clock.getZone()), whom,
                c.purpose().label(), c.outcome() != null ? c.outcome().label() : c.status().label(),
                c.talkSeconds() == null ? "–" : CallTimer.minutes(c.talkSeconds()),
                c.purpose().aboutAChild() ? "–" : String.valueOf(marks));
    }

    /** The school, or the carer or social worker and whose (only these few calls read their card). */
    private String called(CallSummary call, Supplier<String> school) {
        if (call.purpose() == CallPurpose.CARER) {
            return carers.card(call.id()).map(c -> c.carerName() + ", carer of " + c.child()).orElse("A carer");
        }
        if (call.purpose() == CallPurpose.SOCIAL_WORKER) {
            return socialWorkers.card(call.id()).map(c -> c.socialWorkerName() + ", social worker of " + c.child())
                    .orElse("A social worker");
        }
        return school.get();
    }
}
