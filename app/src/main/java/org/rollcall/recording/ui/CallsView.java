package org.rollcall.recording.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AppHeader;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.Directory;
import org.rollcall.recording.Recordings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** Today's calls for QA, supervisors and admins: status, outcome and whether the recording is safely stored. */
@Route("calls")
@PageTitle("Calls · Rollcall")
@RolesAllowed({"QA", "ADMIN", "SUPERVISOR"})
public class CallsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    final Grid<CallSummary> grid = new Grid<>(CallSummary.class, false);
    private final CallLog calls;
    private final Clock clock;
    private final Directory directory;
    private java.util.Map<org.rollcall.directory.ProvisionId, String> provisionNames = java.util.Map.of();

    public CallsView(Accounts accounts, CallLog calls, Recordings recordings, Directory directory, Clock clock,
                     AuthenticationContext authentication) {
        this.calls = calls;
        this.clock = clock;
        this.directory = directory;
        ZoneId zone = clock.getZone();
        grid.addColumn(c -> c.dueAt() == null ? "" : TIME.format(c.dueAt().atZone(zone))).setHeader("Due");
        grid.addColumn(c -> provisionNames.getOrDefault(c.provisionId(), "")).setHeader("Provision")
                .setAutoWidth(true);
        grid.addColumn(CallSummary::attempt).setHeader("Attempt");
        grid.addColumn(c -> c.status().name().toLowerCase()).setHeader("Status");
        grid.addColumn(CallSummary::operatorName).setHeader("Operator");
        grid.addColumn(c -> c.outcome() == null ? "" : c.outcome().name().toLowerCase()).setHeader("Outcome");
        grid.addColumn(CallSummary::talkSeconds).setHeader("Talk (s)");
        grid.addColumn(c -> recordings.forCall(c.id().value()).map(r -> r.status().name().toLowerCase())
                .orElse("")).setHeader("Recording");
        grid.addColumn(c -> c.id().toString()).setHeader("Call id").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CallReviewView.class,
                e.getItem().id().toString())));
        add(new AppHeader("Calls today", accounts.caller(), authentication),
                new Button("Refresh", e -> refresh()), grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        var today = calls.onDate(LocalDate.now(clock));
        provisionNames = directory.provisionNames(today.stream().map(CallSummary::provisionId).distinct().toList());
        grid.setItems(today);
    }
}
