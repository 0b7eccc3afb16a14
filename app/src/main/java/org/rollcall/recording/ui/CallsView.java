package org.rollcall.recording.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.DiallerStatus;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionId;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.recording.Recordings;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** Today's calls for QA, supervisors and admins: status, outcome and whether the recording is safely stored. */
@Route("calls")
@Menu(title = "Calls", order = 30, icon = "vaadin:phone")
@RolesAllowed({"QA", "ADMIN", "SUPERVISOR"})
public class CallsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CallSummary> grid = new Grid<>(CallSummary.class, false);
    final Span diallerStatus = new Span();
    private final CallLog calls;
    private final DiallerStatus dialler;
    private Runnable unregister;
    private final Clock clock;
    private final Directory directory;
    private Map<ProvisionId, String> provisionNames = Map.of();

    public CallsView(CallLog calls, Recordings recordings, Directory directory, DiallerStatus dialler, Clock clock) {
        this.calls = calls;
        this.dialler = dialler;
        this.clock = clock;
        this.directory = directory;
        ZoneId zone = clock.getZone();
        grid.setId("calls-grid");
        grid.setAriaLabel("Today's calls");
        grid.addColumn(c -> c.dueAt() == null ? "" : HumanDates.time(c.dueAt(), zone)).setHeader("Due")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::provisionName).setHeader("Provision").setAutoWidth(true);
        grid.addColumn(CallsView::which).setHeader("Call").setAutoWidth(true);
        grid.addColumn(CallSummary::attempt).setHeader("Attempt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(CallSummary::operatorName).setHeader("Operator").setAutoWidth(true);
        grid.addColumn(c -> c.outcome() == null ? "" : c.outcome().label()).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(CallSummary::talkSeconds).setHeader("Talk (s)").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> recordings.forCall(c.id().value()).map(r -> r.status().label()).orElse(""))
                .setHeader("Recording").setAutoWidth(true);
        // A link per row: reachable with Tab, opens with Enter, and can be opened in a new tab.
        grid.addComponentColumn(this::reviewLink).setHeader("Review").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> {
            if (reviewable(e.getItem())) {
                getUI().ifPresent(ui -> ui.navigate(CallReviewView.class, e.getItem().id().toString()));
            }
        });
        diallerStatus.setId("dialler-status");
        // A live region, always in the page: screen readers announce a pause or a resume (WCAG 4.1.3).
        diallerStatus.getElement().setAttribute("role", "status");
        diallerStatus.getStyle().set("color", "var(--lumo-error-text-color)");
        add(diallerStatus, new Button("Refresh", e -> refresh()), grid);
        setSizeFull();
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // Supervisors see a pause and its end as it happens; the calls it sent back to the queue with it.
        unregister = dialler.onChange(() -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
    }

    @Override
    public String getPageTitle() {
        return "Calls on " + HumanDates.day(LocalDate.now(clock));
    }

    /** A call still waiting for its time has nothing to review yet. */
    private static boolean reviewable(CallSummary call) {
        return call.status() != CallStatus.DUE;
    }

    private Component reviewLink(CallSummary call) {
        if (!reviewable(call)) {
            return new Span();
        }
        RouterLink link = new RouterLink("Review", CallReviewView.class, call.id().toString());
        link.getElement().setAttribute("aria-label", "Review the call to " + provisionName(call) + ", attempt "
                + call.attempt());
        return link;
    }

    private String provisionName(CallSummary call) {
        return provisionNames.getOrDefault(call.provisionId(), "");
    }

    void refresh() {
        var today = calls.onDate(LocalDate.now(clock));
        provisionNames = directory.provisionNames(today.stream().map(CallSummary::provisionId).distinct().toList());
        grid.setItems(today);
        diallerStatus.setText(dialler.pause().map(p -> p.toPeople(clock)).orElse(""));
    }

    /**
     * "Morning", "Afternoon", or "Afternoon, weekly" for a call that also collects the days since the last; "Carer
     * call" or "Social worker call" for the calls about one child.
     */
    private static String which(CallSummary call) {
        if (call.purpose().aboutAChild()) {
            return call.purpose().label();
        }
        String part = call.purpose() == org.rollcall.calls.CallPurpose.MORNING ? "Morning" : "Afternoon";
        return call.collectFrom() == null ? part : part + ", weekly";
    }
}
