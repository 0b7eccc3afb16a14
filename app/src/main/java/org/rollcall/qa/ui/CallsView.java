package org.rollcall.qa.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.DiallerStatus;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionType;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.qa.internal.CallFilter;
import org.rollcall.qa.internal.CallRow;
import org.rollcall.qa.internal.CallSearch;
import org.rollcall.recording.RecordingStatus;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The calls of any day for QA, supervisors and admins, filtered and paged in SQL (ADR 0032). The filters live in the
 * address, so a review opened from here leads back to the same list, and a list can be bookmarked or shared.
 */
@Route("calls")
@Menu(title = "Calls", order = 30, icon = "vaadin:phone")
@RolesAllowed({"QA", "ADMIN", "SUPERVISOR"})
public class CallsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<CallRow> grid = new Grid<>(CallRow.class, false);
    final Span diallerStatus = new Span();
    final Span total = new Span();
    final DatePicker date = new DatePicker("Day");
    final ComboBox<AuthoritySummary> authority = new ComboBox<>("Authority");
    final ComboBox<ProvisionMatch> provision = new ComboBox<>("School or provision");
    final ComboBox<Caller> operator = new ComboBox<>("Operator");
    final ComboBox<CallOutcome> outcome = new ComboBox<>("Outcome");
    final ComboBox<String> recording = new ComboBox<>("Recording");
    final Checkbox withChallenge = new Checkbox("With challenges");
    final Checkbox withCorrection = new Checkbox("With corrections");
    final Checkbox notReviewed = new Checkbox("Not yet reviewed");
    final TextField search = new TextField("Search");
    private final CallSearch calls;
    private final DiallerStatus dialler;
    private final Directory directory;
    private final Clock clock;
    private CallFilter filter;
    private boolean loading;
    private Runnable unregister;

    public CallsView(CallSearch calls, Directory directory, Accounts accounts, DiallerStatus dialler, Clock clock) {
        this.calls = calls;
        this.dialler = dialler;
        this.directory = directory;
        this.clock = clock;
        ZoneId zone = clock.getZone();
        filter = CallFilter.on(LocalDate.now(clock));
        date.setLocale(java.util.Locale.UK);
        authority.setItems(directory.authorities());
        authority.setItemLabelGenerator(AuthoritySummary::name);
        provision.setItemLabelGenerator(ProvisionMatch::label);
        provision.setItems(q -> directory.searchProvisions(q.getFilter().orElse(""),
                EnumSet.allOf(ProvisionType.class), 50).stream().skip(q.getOffset()).limit(q.getLimit()));
        operator.setItems(accounts.usersWithRole(Role.OPERATOR));
        operator.setItemLabelGenerator(Caller::name);
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(CallOutcome::label);
        var recordingChoices = new java.util.ArrayList<String>();
        recordingChoices.add(ListParams.NO_RECORDING);
        for (RecordingStatus s : RecordingStatus.values()) {
            recordingChoices.add(s.name());
        }
        recording.setItems(recordingChoices);
        recording.setItemLabelGenerator(s -> ListParams.NO_RECORDING.equals(s) ? "No recording"
                : RecordingStatus.valueOf(s).label());
        search.setPlaceholder("School, child or UPN");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        for (var field : java.util.List.<com.vaadin.flow.component.HasValue<?, ?>>of(date, authority, provision,
                operator, outcome, recording, withChallenge, withCorrection, notReviewed, search)) {
            field.addValueChangeListener(e -> {
                if (!loading) {
                    apply();
                }
            });
        }
        FlexLayout filters = new FlexLayout(date, authority, provision, operator, outcome, recording, search,
                withChallenge, withCorrection, notReviewed);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");

        grid.setId("calls-grid");
        grid.setAriaLabel("Calls");
        grid.addColumn(c -> c.dueAt() == null ? "" : HumanDates.time(c.dueAt(), zone)).setHeader("Due")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CallRow::provisionName).setHeader("Provision").setAutoWidth(true);
        grid.addColumn(CallRow::which).setHeader("Call").setAutoWidth(true);
        grid.addColumn(CallRow::attempt).setHeader("Attempt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(c -> c.operatorName() == null ? "" : c.operatorName()).setHeader("Operator").setAutoWidth(true);
        grid.addColumn(c -> c.outcome() == null ? "" : c.outcome().label()).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(c -> c.talkSeconds() == null ? "" : c.talkSeconds() + " s").setHeader("Talk")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.recording() == null ? "None" : c.recording().label()).setHeader("Recording")
                .setAutoWidth(true);
        grid.addColumn(CallRow::flags).setHeader("Flags").setAutoWidth(true);
        // A link per row, saying the review's result if there is one: reachable with Tab, opens with Enter, and can be
        // opened in a new tab.
        grid.addComponentColumn(this::reviewLink).setHeader("Review").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> {
            if (reviewable(e.getItem())) {
                getUI().ifPresent(ui -> ui.navigate(CallReviewView.class,
                        new RouteParameters("callId", e.getItem().id().toString()), ListParams.of(filter)));
            }
        });
        grid.setPageSize(50);
        diallerStatus.setId("dialler-status");
        // A live region, always in the page: screen readers announce a pause or a resume (WCAG 4.1.3).
        diallerStatus.getElement().setAttribute("role", "status");
        diallerStatus.getStyle().set("color", "var(--lumo-error-text-color)");
        total.setId("calls-total");
        add(diallerStatus, filters, total, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ListParams.from(event.getLocation().getQueryParameters(), LocalDate.now(clock));
        loading = true;
        try {
            date.setValue(filter.date());
            authority.setValue(filter.authority() == null ? null : directory.authorities().stream()
                    .filter(a -> a.id().equals(filter.authority())).findFirst().orElse(null));
            provision.setValue(filter.provision() == null ? null
                    : directory.provisionMatch(filter.provision()).orElse(null));
            operator.setValue(filter.operator() == null ? null : operator.getListDataView().getItems()
                    .filter(o -> o.userId().value().equals(filter.operator())).findFirst().orElse(null));
            outcome.setValue(filter.outcome());
            recording.setValue(filter.noRecording() ? ListParams.NO_RECORDING
                    : filter.recording() == null ? null : filter.recording().name());
            withChallenge.setValue(filter.withChallenge());
            withCorrection.setValue(filter.withCorrection());
            notReviewed.setValue(filter.notReviewed());
            search.setValue(filter.text() == null ? "" : filter.text());
        } finally {
            loading = false;
        }
        refresh();
    }

    private void apply() {
        filter = new CallFilter(date.getValue() == null ? LocalDate.now(clock) : date.getValue(),
                authority.getValue() == null ? null : authority.getValue().id(),
                provision.getValue() == null ? null : provision.getValue().id(),
                operator.getValue() == null ? null : operator.getValue().userId().value(), outcome.getValue(),
                recording.getValue() == null || ListParams.NO_RECORDING.equals(recording.getValue()) ? null
                        : RecordingStatus.valueOf(recording.getValue()),
                ListParams.NO_RECORDING.equals(recording.getValue()), withChallenge.getValue(),
                withCorrection.getValue(), notReviewed.getValue(), search.getValue());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("calls", ListParams.of(filter))));
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
        return "Calls on " + HumanDates.day(filter.date());
    }

    /** A call still waiting for its time has nothing to review yet. */
    private static boolean reviewable(CallRow call) {
        return call.status() != CallStatus.DUE;
    }

    private Component reviewLink(CallRow call) {
        if (!reviewable(call)) {
            return new Span();
        }
        RouterLink link = new RouterLink(call.review() == null ? "Review" : call.review().label(),
                CallReviewView.class, new RouteParameters("callId", call.id().toString()));
        link.setQueryParameters(ListParams.of(filter));
        link.getElement().setAttribute("aria-label", "Review the call to " + call.provisionName() + ", attempt "
                + call.attempt());
        return link;
    }

    void refresh() {
        CallFilter current = filter;
        int count = calls.count(current);
        total.setText(count == 1 ? "1 call" : count + " calls");
        grid.setItems(q -> calls.page(current, q.getOffset(), q.getLimit()).stream(), q -> count);
        diallerStatus.setText(dialler.pause().map(p -> p.toPeople(clock)).orElse(""));
    }
}
