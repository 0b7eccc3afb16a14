package org.rollcall.extranet.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.apattendance.ApAbsence;
import org.rollcall.apattendance.ApAttendance;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.HalfDay;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.rollcall.extranet.AttendanceRow;
import org.rollcall.extranet.ExtranetService;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Today's marks and absences for the signed-in user's authority, updated live as operators record marks. Titled with
 * the authority and the day, so a printout or a screenshot says whose day it was.
 */
@Route("extranet")
@Menu(title = "Today's attendance", order = 20, icon = "vaadin:table")
@RolesAllowed("AUTHORITY")
public class ExtranetView extends VerticalLayout implements HasDynamicTitle {

    // The child's record shows what followed the last month's absences and exclusions.
    private static final int FOLLOW_UP_DAYS = 30;

    private final ExtranetService extranet;
    private final FollowUps followUps;
    private final ExtranetBroadcaster broadcaster;
    private final Clock clock;
    private final Caller me;
    private final String authorityName;
    private final ApAttendance apAttendance;
    // "child id/AM": a B the AP said the child was not there for, until the school's next call settles it.
    private Set<String> absentAtAp = Set.of();
    final Grid<AttendanceRow> grid = new Grid<>(AttendanceRow.class, false);
    final Checkbox absencesOnly = new Checkbox("Absences only");
    final Span summary = new Span();
    private Runnable unregister;

    public ExtranetView(Accounts accounts, ExtranetService extranet, ExtranetBroadcaster broadcaster,
                        Directory directory, FollowUps followUps, ApAttendance apAttendance, Clock clock) {
        this.extranet = extranet;
        this.apAttendance = apAttendance;
        this.followUps = followUps;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.me = accounts.caller();
        this.authorityName = directory.authority(me.authorityId()).name();
        grid.setId("attendance-grid");
        grid.addColumn(AttendanceRow::childName).setHeader("Child").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.upn() == null ? "Not known" : r.upn()).setHeader("UPN").setAutoWidth(true);
        grid.addColumn(AttendanceRow::provisionName).setHeader("Provision").setSortable(true).setAutoWidth(true);
        // Codes are a character or two: the room goes to the reason, shown whole (rows wrap; never cut with "…").
        grid.addColumn(r -> flagged(r, r.am(), HalfDay.AM)).setHeader("AM").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> flagged(r, r.pm(), HalfDay.PM)).setHeader("PM").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AttendanceRow::reason).setHeader("Reason").setFlexGrow(1).setWidth("16em");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A button per row, so the record opens from the keyboard (Tab to it, Enter) as well as by a click on the row.
        grid.addComponentColumn(row -> {
            Button open = new Button("Record", e -> openRecord(row));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setAriaLabel("Open the record of " + row.childName());
            return open;
        }).setHeader("Child's record").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(false);
        grid.addItemClickListener(e -> openRecord(e.getItem()));
        grid.setAriaLabel("Today's marks by child");
        absencesOnly.addValueChangeListener(e -> refresh());
        summary.setId("attendance-summary");
        add(org.rollcall.apattendance.ui.ApAbsencesSection.forAuthority(me.authorityId())); // flagged B (ADR 0028)
        add(new HorizontalLayout(absencesOnly, summary), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return authorityName + " · " + HumanDates.day(LocalDate.now(clock));
    }

    private void openRecord(AttendanceRow row) {
        LocalDate today = LocalDate.now(clock);
        List<FollowUpView> ofThisChild = followUps.forMyAuthority(today.minusDays(FOLLOW_UP_DAYS - 1), today).stream()
                .filter(f -> f.childId().equals(row.childId())).toList();
        new ChildDialog(extranet, new ChildId(java.util.UUID.fromString(row.childId())), row, today, ofThisChild,
                FOLLOW_UP_DAYS, clock.getZone()).open();
    }

    private String flagged(AttendanceRow row, String code, HalfDay half) {
        return code != null && absentAtAp.contains(row.childId() + "/" + half) ? code + " · absent at AP" : code;
    }

    void refresh() {
        LocalDate today = LocalDate.now(clock);
        absentAtAp = apAttendance.forAuthority(me.authorityId(), today, today).stream().filter(ApAbsence::open)
                .map(a -> a.child().value() + "/" + a.half()).collect(Collectors.toSet());
        List<AttendanceRow> rows = extranet.attendance(today);
        long absent = rows.stream().filter(AttendanceRow::hasAbsence).count();
        summary.setText(rows.size() + (rows.size() == 1 ? " child" : " children") + " marked today, " + absent
                + " with an absence");
        grid.setItems(absencesOnly.getValue() ? rows.stream().filter(AttendanceRow::hasAbsence).toList() : rows);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unregister = broadcaster.register(me.authorityId(), () -> ui.access(this::refresh));
        refresh(); // after registering: a mark saved in between is pushed, not missed
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
    }
}
