package org.rollcall.workspace.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.accounts.UserId;
import org.rollcall.attendance.Attendance;
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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The operator's own calls of today (the app clock's today), newest first: when, whom, why, how it ended, how long
 * and how many marks it saved. Under the call on the workspace, so it is read between calls without leaving the
 * screen calls pop up on; shown again whenever a call changes state, so a wrap-up appears at once.
 */
class MyCallsToday extends VerticalLayout {

    /** One call as the list shows it, all in words. */
    record Line(String time, String called, String purpose, String outcome, String duration, String marks) {
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

    /** Reads the day again: one query for the calls, one for their names, one for their marks. */
    void update() {
        LocalDate today = LocalDate.now(clock);
        List<CallSummary> mine = calls.byOperator(operator, today).stream()
                .filter(c -> c.status() != CallStatus.REQUEUED).toList().reversed();
        Map<ProvisionId, String> names = directory.provisionNames(mine.stream().map(CallSummary::provisionId)
                .distinct().toList());
        Map<UUID, Integer> marks = attendance.marksSaved(mine.stream().filter(c -> !c.purpose().aboutAChild())
                .map(c -> c.id().value()).toList());
        heading.setText("My calls today, " + HumanDates.day(today) + " (" + mine.size()
                + (mine.size() == 1 ? " call)" : " calls)"));
        grid.setItems(mine.stream().map(c -> new Line(
                c.offeredAt() == null ? "–" : HumanDates.time(c.offeredAt(), clock.getZone()),
                called(c, names.getOrDefault(c.provisionId(), "a provision")),
                c.purpose().label(),
                c.outcome() != null ? c.outcome().label() : c.status().label(),
                c.talkSeconds() == null ? "–" : CallTimer.minutes(c.talkSeconds()),
                c.purpose().aboutAChild() ? "–" : String.valueOf(marks.getOrDefault(c.id().value(), 0))))
                .toList());
    }

    /** The school, or the carer or social worker and whose (only these few calls read their card). */
    private String called(CallSummary call, String school) {
        if (call.purpose() == CallPurpose.CARER) {
            return carers.card(call.id()).map(c -> c.carerName() + ", carer of " + c.child()).orElse("A carer");
        }
        if (call.purpose() == CallPurpose.SOCIAL_WORKER) {
            return socialWorkers.card(call.id()).map(c -> c.socialWorkerName() + ", social worker of " + c.child())
                    .orElse("A social worker");
        }
        return school;
    }
}
