package org.rollcall.supervision.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rollcall.attendance.Attendance;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallRefusedException;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.CallsProperties;
import org.rollcall.calls.DiallerStatus;
import org.rollcall.calls.OperatorBoard;
import org.rollcall.calls.OperatorNow;
import org.rollcall.calls.OperatorStatus;
import org.rollcall.calls.SupervisorActions;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionId;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.supervision.SupervisionProperties;
import org.rollcall.supervision.internal.LiveDay;
import org.rollcall.supervision.internal.WallboardBroadcaster;
import org.rollcall.telephony.HumanDuration;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The supervisor's wallboard (ADR 0031): operators, the queue with calls at risk, missed and unreached schools, open
 * follow-ups, telephony health and the day's figures, refreshed by server push, with the supervisor's actions.
 */
@Route("live")
@PageTitle("Live day")
@Menu(title = "Live day", order = 12, icon = "vaadin:dashboard")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class WallboardView extends VerticalLayout {

    final Span message = new Span();
    final Span telephony = new Span();
    final Span figures = new Span();
    final Grid<OperatorNow> operators = new Grid<>();
    final Grid<CallSummary> queue = new Grid<>();
    final Grid<CallSummary> missed = new Grid<>();
    final Grid<CallSummary> unreached = new Grid<>();
    final Grid<FollowUpView> followUps = new Grid<>();
    private final H2 operatorsHeading = new H2();
    private final H2 queueHeading = new H2();
    private final H2 missedHeading = new H2();
    private final H2 unreachedHeading = new H2();
    private final H2 followUpsHeading = new H2();
    GiveToDialog giveDialog;
    CallBackDialog callBackDialog;

    private final CallLog calls;
    private final OperatorBoard board;
    private final SupervisorActions actions;
    private final DiallerStatus dialler;
    private final FollowUps followUpReads;
    private final Directory directory;
    private final Attendance attendance;
    private final WallboardBroadcaster broadcaster;
    private final SupervisionProperties properties;
    private final CallsProperties callsProperties;
    private final Clock clock;
    private final Map<ProvisionId, String> schools = new HashMap<>();
    private Runnable unregister;

    public WallboardView(CallLog calls, OperatorBoard board, SupervisorActions actions, DiallerStatus dialler,
                         FollowUps followUpReads, Directory directory, Attendance attendance,
                         WallboardBroadcaster broadcaster, SupervisionProperties properties,
                         CallsProperties callsProperties, Clock clock) {
        this.calls = calls;
        this.board = board;
        this.actions = actions;
        this.dialler = dialler;
        this.followUpReads = followUpReads;
        this.directory = directory;
        this.attendance = attendance;
        this.broadcaster = broadcaster;
        this.properties = properties;
        this.callsProperties = callsProperties;
        this.clock = clock;
        message.setId("wallboard-message");
        message.getElement().setAttribute("role", "status");
        telephony.setId("wallboard-telephony");
        figures.setId("wallboard-figures");
        setUpOperators();
        setUpQueue();
        setUpMissed();
        setUpUnreached();
        setUpFollowUps();
        for (H2 heading : List.of(operatorsHeading, queueHeading, missedHeading, unreachedHeading, followUpsHeading)) {
            heading.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-bottom", "0");
        }
        FlexLayout top = new FlexLayout(figures, telephony);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.getStyle().set("gap", "var(--lumo-space-l)");
        add(message, top, operatorsHeading, operators, queueHeading, queue, missedHeading, missed, unreachedHeading,
                unreached, followUpsHeading, followUps);
        setWidthFull();
    }

    private void setUpOperators() {
        operators.setId("wallboard-operators");
        operators.setAriaLabel("Operators and their state");
        operators.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        operators.addColumn(OperatorNow::name).setHeader("Operator").setAutoWidth(true);
        operators.addColumn(o -> o.status().label()).setHeader("State").setAutoWidth(true);
        operators.addColumn(this::timeInState).setHeader("For").setAutoWidth(true);
        operators.addColumn(o -> o.currentCall() == null ? "" : school(o.currentCall()) + ", "
                + lower(o.currentCall().purpose().label())).setHeader("Call").setFlexGrow(2);
        operators.addComponentColumn(o -> {
            Button off = new Button("Set offline", e -> act(() -> actions.setOffline(o.id()),
                    o.name() + " is offline now."));
            off.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            off.setAriaLabel("Set " + o.name() + " offline");
            off.setEnabled(o.status() == OperatorStatus.READY || o.status() == OperatorStatus.RESERVED);
            return off;
        }).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        operators.setAllRowsVisible(true);
    }

    private void setUpQueue() {
        queue.setId("wallboard-queue");
        queue.setAriaLabel("Calls waiting for an operator, the window closing soonest first");
        queue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        queue.addColumn(this::school).setHeader("School").setFlexGrow(2);
        queue.addColumn(this::callName).setHeader("Call").setAutoWidth(true);
        queue.addColumn(c -> c.status() == CallStatus.OFFERED ? "Offered to " + c.operatorName()
                : "Due at " + time(c.dueAt())).setHeader("Where it is").setAutoWidth(true);
        queue.addComponentColumn(c -> {
            Span closes = new Span(riskText(c));
            if (LiveDay.atRisk(c, clock.instant(), properties.atRiskWithin())) {
                closes.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            }
            return closes;
        }).setHeader("Window closes").setAutoWidth(true);
        queue.addComponentColumn(c -> {
            if (c.status() != CallStatus.OFFERED && followUp(c)) {
                return new Span(); // a carer or social-worker call is timed by its escalation, not called back
            }
            Button button = c.status() == CallStatus.OFFERED
                    ? new Button("Give to…", e -> openGiveTo(c))
                    : new Button("Call back at…", e -> openCallBack(c));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setAriaLabel(button.getText().replace("…", "") + " " + school(c));
            return button;
        }).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        queue.setAllRowsVisible(true);
    }

    private void setUpMissed() {
        missed.setId("wallboard-missed");
        missed.setAriaLabel("Schools that missed their window today");
        missed.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        missed.addColumn(this::school).setHeader("School").setFlexGrow(2);
        missed.addColumn(this::callName).setHeader("Call").setAutoWidth(true);
        missed.addColumn(c -> "Closed at " + time(c.windowCloses())).setHeader("Window").setAutoWidth(true);
        missed.addComponentColumn(c -> {
            Button again = new Button("Add an attempt now", e -> act(() -> actions.addAttempt(c.id()),
                    "Another attempt at " + school(c) + " is due now, closing at "
                            + time(clock.instant().plus(callsProperties.supervisorAttemptWindow())) + "."));
            Button later = new Button("Call back at…", e -> openCallBack(c));
            for (Button b : List.of(again, later)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                b.setAriaLabel(b.getText().replace("…", "") + ": " + school(c));
            }
            return new HorizontalLayout(again, later);
        }).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        missed.setAllRowsVisible(true);
    }

    private void setUpUnreached() {
        unreached.setId("wallboard-unreached");
        unreached.setAriaLabel("Schools not reached after every attempt");
        unreached.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        unreached.addColumn(this::school).setHeader("School").setFlexGrow(2);
        unreached.addColumn(this::callName).setHeader("Call").setAutoWidth(true);
        unreached.addColumn(c -> c.outcome() == null ? "" : c.outcome().label()).setHeader("Last outcome")
                .setAutoWidth(true);
        unreached.addComponentColumn(c -> {
            Button later = new Button("Call back at…", e -> openCallBack(c));
            later.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            later.setAriaLabel("Call back " + school(c));
            return later;
        }).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        unreached.setAllRowsVisible(true);
    }

    private void setUpFollowUps() {
        followUps.setId("wallboard-follow-ups");
        followUps.setAriaLabel("Open follow-ups");
        followUps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        followUps.addColumn(f -> HumanDates.day(f.date())).setHeader("Day").setAutoWidth(true);
        followUps.addColumn(FollowUpView::child).setHeader("Child").setAutoWidth(true);
        followUps.addColumn(FollowUpView::school).setHeader("School").setFlexGrow(2);
        followUps.addColumn(FollowUpView::trigger).setHeader("What happened").setAutoWidth(true);
        followUps.addColumn(f -> f.state() + (f.carerAttempts() > 0 ? " (carer called " + f.carerAttempts()
                + (f.carerAttempts() == 1 ? " time)" : " times)") : "")).setHeader("Where it stands")
                .setFlexGrow(2);
        followUps.setAllRowsVisible(true);
    }

    /** " 3 calls not needed: covered by the school's own marks." (ADR 0044), or nothing. */
    static String coveredBySchool(List<CallSummary> day) {
        long covered = day.stream().filter(CallSummary::coveredBySchool).count();
        return covered == 0 ? "" : " " + covered + plural((int) covered, " call", " calls")
                + " not needed: covered by the school's own marks.";
    }

    /** Reads the day afresh: the modules' public reads, nothing cached but school names. */
    void refresh() {
        LocalDate today = LocalDate.now(clock);
        List<CallSummary> day = calls.onDate(today);
        Set<Object> children = new HashSet<>();
        day.stream().filter(c -> c.bridgedAt() != null)
                .forEach(c -> attendance.marksForCall(c.id().value()).forEach(m -> children.add(m.childId())));
        LiveDay.DayFigures f = LiveDay.figures(day, children.size());
        figures.setText("Today so far: " + f.callsMade() + plural(f.callsMade(), " call", " calls") + " made, "
                + f.schoolsReached() + plural(f.schoolsReached(), " school", " schools") + " reached, "
                + f.childrenMarked() + plural(f.childrenMarked(), " child", " children") + " marked; "
                + (f.startedInWindowPercent() == null ? "no call started yet"
                        : f.startedInWindowPercent() + "% of calls started inside their window") + "."
                + coveredBySchool(day));
        telephony.setText(dialler.pause().map(p -> p.toPeople(clock))
                .orElse("Telephone exchange: reachable; the dialler is offering calls."));
        show(operatorsHeading, "Operators", operators, board.operatorsNow());
        List<CallSummary> waiting = LiveDay.queue(day);
        long atRisk = waiting.stream().filter(c -> LiveDay.atRisk(c, clock.instant(), properties.atRiskWithin()))
                .count();
        show(queueHeading, "Calls waiting, closing soonest first", queue, waiting);
        if (atRisk > 0) {
            queueHeading.setText(queueHeading.getText() + ", " + atRisk + " at risk");
        }
        show(missedHeading, "Missed their window today", missed, LiveDay.missed(day));
        show(unreachedHeading, "Not reached after every attempt", unreached, LiveDay.unreached(day));
        show(followUpsHeading, "Open follow-ups", followUps, followUpReads.open());
    }

    /** "Missed their window today (2)"; a list with nothing in it is not drawn, its heading says "none". */
    private static <T> void show(H2 heading, String title, Grid<T> grid, List<T> items) {
        heading.setText(title + (items.isEmpty() ? ": none" : " (" + items.size() + ")"));
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
    }

    void openGiveTo(CallSummary call) {
        giveDialog = new GiveToDialog(school(call) + ", " + lower(call.purpose().label()), call.operatorName(),
                board.operatorsNow().stream().filter(o -> !o.id().equals(call.operatorId())).toList(),
                to -> act(() -> {
                    if (to == null) {
                        throw new CallRefusedException("choose the operator to give the call to");
                    }
                    actions.giveTo(call.id(), to.id());
                }, school(call) + "'s call is offered to " + (to == null ? "" : to.name()) + " now."));
        giveDialog.open();
    }

    void openCallBack(CallSummary call) {
        ZoneId zone = clock.getZone();
        callBackDialog = new CallBackDialog(school(call) + ", " + lower(call.purpose().label()),
                LocalTime.now(clock), callsProperties.schoolDayEnds(), at -> act(() -> actions.callBackAt(call.id(),
                        at == null ? null : LocalDate.now(clock).atTime(at).atZone(zone).toInstant()),
                school(call) + " will be called back at " + at + "."));
        callBackDialog.open();
    }

    /** Runs an action; says what happened or, refused, why, and shows the day as it now is. */
    private void act(Runnable action, String done) {
        try {
            action.run();
            message.setText(done);
            message.getStyle().remove("color");
        } catch (CallRefusedException e) {
            message.setText("Not done: " + e.getMessage() + ".");
            message.getStyle().set("color", "var(--lumo-error-text-color)");
        } catch (AccessDeniedException e) {
            message.setText("Not done: only a supervisor or an administrator may do this.");
            message.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        refresh();
    }

    private String timeInState(OperatorNow o) {
        return HumanDuration.format(Duration.ofSeconds(Duration.between(o.since(), clock.instant()).toSeconds()));
    }

    private static boolean followUp(CallSummary c) {
        return c.purpose() == CallPurpose.CARER || c.purpose() == CallPurpose.SOCIAL_WORKER;
    }

    private String riskText(CallSummary c) {
        if (followUp(c)) {
            return "Today (a follow-up)"; // its row's end of day is not a school's window
        }
        String closes = time(c.windowCloses());
        if (LiveDay.atRisk(c, clock.instant(), properties.atRiskWithin())) {
            long minutes = Math.max(1, Duration.between(clock.instant(), c.windowCloses()).toMinutes());
            return closes + " \u2014 at risk: closes in " + minutes + " min";
        }
        return closes;
    }

    private String callName(CallSummary c) {
        return c.purpose().label() + (c.attempt() > 1 ? ", attempt " + c.attempt() : "");
    }

    private String school(CallSummary c) {
        return schools.computeIfAbsent(c.provisionId(), id -> directory.provisionCard(id).name());
    }

    private String time(Instant at) {
        return HumanDates.time(at, clock.getZone());
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.UK);
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unregister = broadcaster.register(() -> ui.access(this::refresh));
        refresh(); // after registering: a change in between is pushed, not missed
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
    }
}
