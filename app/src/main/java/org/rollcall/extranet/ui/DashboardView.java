package org.rollcall.extranet.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.rollcall.accounts.Accounts;
import org.rollcall.directory.AuthorityId;
import org.rollcall.extranet.DashboardQueries;
import org.rollcall.extranet.DashboardYear;
import org.rollcall.extranet.DayDashboard;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.platform.ui.PushThrottle;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's day (ADR 0038): any school day's figures, each opening onto its list, and server-drawn charts with
 * table alternatives; today's updates live as marks arrive (at most one refresh a second). Only the signed-in user's
 * own authority: the service takes it from the caller, never from the address.
 */
@Route("dashboard")
@Menu(title = "Dashboard", order = 19, icon = "vaadin:dashboard")
@RolesAllowed("AUTHORITY")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final Duration REFRESH_AT_MOST_EVERY = Duration.ofSeconds(1);
    // The school year's weeks move little with one mark: a live refresh re-reads them at most once a minute.
    static final Duration YEAR_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final DashboardQueries dashboard;
    private final ExtranetBroadcaster broadcaster;
    private final Clock clock;
    private final String authorityName;
    private final AuthorityId authority;
    final DatePicker day = new DatePicker("Day");
    final H2 heading = new H2();
    final Paragraph note = new Paragraph();
    final Span message = new Span();
    final Span summary = new Span();
    final DashboardFigures figures = new DashboardFigures();
    final ChartPanel weekly = new ChartPanel("chart-attendance-by-week", true);
    final ChartPanel reasons = new ChartPanel("chart-absence-reasons", false);
    final ChartPanel reasonsThisYear = new ChartPanel("chart-absence-reasons-year", false);
    private final PushThrottle throttle = new PushThrottle(REFRESH_AT_MOST_EVERY);
    private DayDashboard shown;
    private String yearRefused;
    private DashboardYear year;
    private long yearReadAt;
    private Runnable unregister;

    public DashboardView(Accounts accounts, DashboardQueries dashboard,
                         ExtranetBroadcaster broadcaster, Clock clock) {
        this.dashboard = dashboard;
        this.authority = accounts.caller().authorityId();
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.authorityName = dashboard.authorityName();
        LocalDate today = LocalDate.now(clock);
        day.setId("dashboard-day");
        day.setHelperText("Today or an earlier school day; today's figures update as marks arrive.");
        day.setMax(today);
        day.setMin(dashboard.earliestDay(today));
        day.setValue(today);
        day.addValueChangeListener(e -> load());
        message.setId("dashboard-message");
        message.getElement().setAttribute("role", "alert");
        summary.setId("dashboard-summary");
        summary.getElement().setAttribute("role", "status");
        note.setId("dashboard-note");
        heading.setId("dashboard-heading");
        HorizontalLayout top = new HorizontalLayout(day, summary);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        top.setWrap(true);
        add(heading, top, message, note, figures, reasons, weekly, reasonsThisYear);
        setWidthFull();
        load();
    }

    @Override
    public String getPageTitle() {
        // The picked day is in the heading below (it changes without a navigation); the shell shows today.
        return "Dashboard · " + authorityName;
    }

    /** Reads and shows the picked day; a refused day says why and leaves nothing half-shown. */
    void load() {
        load(false);
    }

    private void load(boolean live) {
        LocalDate picked = day.getValue();
        message.setText("");
        try {
            DayDashboard d = dashboard.day(picked);
            boolean yearFresh = live && year != null && year.range().to().equals(picked)
                    && System.nanoTime() - yearReadAt < YEAR_AT_MOST_EVERY.toNanos();
            DashboardYear y = yearFresh ? year : yearOrNull(picked);
            shown = d;
            heading.setText(authorityName + " · " + HumanDates.day(d.day()));
            note.setText(d.schoolDay() ? "" : HumanDates.day(d.day()) + " is not a school day for "
                    + authorityName + "'s schools (a weekend, a bank holiday or the school holidays): no child was "
                    + "expected.");
            note.setVisible(!d.schoolDay());
            summary.setText(d.expected().size() + " expected, " + d.reached().size() + " reached, "
                    + d.notYetCalled().size() + (d.today() ? " not yet called, " : " never marked, ")
                    + d.schoolNotReached().size() + " whose school could not be reached"
                    + (d.today() ? " · updates live" : ""));
            figures.show(d);
            reasons.show(DashboardCharts.absenceReasons(d));
            showYear(y);
        } catch (IllegalArgumentException refused) {
            message.setText(refused.getMessage());
        }
    }

    /** The school year's weeks; null when the statistics refuse them (a day near the edge of the history kept). */
    private DashboardYear yearOrNull(LocalDate picked) {
        try {
            yearRefused = null;
            year = dashboard.year(picked);
            yearReadAt = System.nanoTime();
            return year;
        } catch (IllegalArgumentException refused) {
            year = null;
            yearRefused = refused.getMessage();
            return null;
        }
    }

    private void showYear(DashboardYear y) {
        if (y == null) {
            weekly.unavailable("Attendance by week", yearRefused);
            reasonsThisYear.unavailable("Absence reasons this school year", yearRefused);
            return;
        }
        weekly.show(DashboardCharts.attendanceByWeek(y.authorityName(), y.range().from(), y.range().to(), y.weeks()));
        reasonsThisYear.show(DashboardCharts.absenceReasonsThisYear(y.authorityName(), y.range().from(),
                y.range().to(), y.weeks(), y.codeMeanings()));
    }

    DayDashboard shown() {
        return shown;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unregister = broadcaster.register(authority, () -> changed(ui));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
    }

    /** A mark (or an AP's absence) for the authority: refresh today's figures, at most once a second. */
    private void changed(UI ui) {
        long wait = throttle.requested(System.nanoTime());
        if (wait < 0) {
            return;
        }
        CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> ui.access(() -> {
            throttle.pushed(System.nanoTime());
            if (LocalDate.now(clock).equals(day.getValue())) {
                load(true);
            }
        }));
    }
}
