package org.rollcall.subscriptions.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.directory.Directory;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.subscriptions.NewSubscription;
import org.rollcall.subscriptions.ReportSubscription;
import org.rollcall.subscriptions.ReportSubscriptions;
import org.rollcall.subscriptions.SubscriptionsProperties;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's report emails: which report goes to whom, how often and when next, with pause, resume and stop
 * per row, and a form to add one. The authority and the day are in the heading.
 */
@Route("report-emails")
@Menu(title = ReportEmailsView.TITLE, order = 23, icon = "vaadin:envelopes")
@RolesAllowed("AUTHORITY")
public class ReportEmailsView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "Report emails";

    final Grid<ReportSubscription> grid = new Grid<>(ReportSubscription.class, false);
    final Span status = new Span();
    final SubscriptionForm form;
    private final ReportSubscriptions subscriptions;
    private final String heading;
    private final String pageTitle;

    public ReportEmailsView(ReportSubscriptions subscriptions, Accounts accounts, Directory directory,
                            SubscriptionsProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        Caller me = accounts.caller();
        String authority = directory.authority(me.authorityId()).name();
        LocalDate today = LocalDate.now(clock);
        this.heading = TITLE + " · " + authority;
        this.pageTitle = heading + " · " + HumanDates.day(today);
        List<String> domains = subscriptions.allowedDomains();
        String sendAt = properties.sendAt().toString();
        grid.setId("report-emails-grid");
        grid.setAriaLabel("Report emails of " + authority);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Cells wrap (never cut with "…"); the room goes to the report and the address, and the actions always show.
        grid.addColumn(s -> s.report().label()).setHeader("Report").setFlexGrow(2);
        grid.addColumn(ReportSubscription::address).setHeader("Sent to").setFlexGrow(3);
        grid.addColumn(s -> capitalised(s.cadence())).setHeader("How often").setFlexGrow(1);
        grid.addColumn(s -> s.paused() ? "Paused: none until resumed"
                : HumanDates.day(s.nextRun()) + " at " + sendAt).setHeader("Next email").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        status.setId("report-emails-status");
        status.getElement().setAttribute("role", "status");
        form = new SubscriptionForm(domains, this::add);
        add(new H2(heading), new Paragraph(HumanDates.day(today) + ". Each email links to the report on this "
                        + "extranet and names no child; it goes at " + sendAt + " on weekdays (weekly ones on their "
                        + "weekday). Anyone can stop their own with the link in the email."),
                status, grid, new H3("Add a report email"), form);
        setWidthFull();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return pageTitle; // the shell adds "· Rollcall"; the title bar shows it with the day
    }

    private void add(NewSubscription request) {
        try {
            ReportSubscription added = subscriptions.subscribe(request);
            say(added.report().label() + " will be emailed to " + added.address() + " " + added.cadence()
                    + ", first on " + HumanDates.day(added.nextRun()) + ".");
            form.report.clear();
            form.report.setInvalid(false); // cleared for the next one, not left empty by mistake
            refresh();
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
        }
    }

    private HorizontalLayout actions(ReportSubscription s) {
        String what = s.report().label() + " to " + s.address();
        Button toggle = new Button(s.paused() ? "Resume" : "Pause", e -> act(() -> {
            if (s.paused()) {
                subscriptions.resume(s.id());
                say("Resumed: " + what + ".");
            } else {
                subscriptions.pause(s.id());
                say("Paused: " + what + ". Nothing is sent until you resume it.");
            }
        }));
        toggle.getElement().setAttribute("aria-label", (s.paused() ? "Resume " : "Pause ") + what);
        Button stop = new Button("Stop", e -> act(() -> {
            subscriptions.unsubscribe(s.id());
            say("Stopped: " + what + ".");
        }));
        stop.getElement().setAttribute("aria-label", "Stop emailing " + what);
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(toggle, stop)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        HorizontalLayout actions = new HorizontalLayout(toggle, stop);
        actions.setSpacing(false);
        return actions;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
        }
        refresh();
    }

    void refresh() {
        List<ReportSubscription> all = subscriptions.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        if (all.isEmpty() && status.getText().isEmpty()) {
            say("No report emails yet: add one below.");
        }
    }

    private void say(String message) {
        status.setText(message);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
