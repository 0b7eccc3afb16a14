package org.rollcall.workspace.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.attendance.Attendance;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calls.AtDesk;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallRefusedException;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.DiallerStatus;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.calls.OperatorStatus;
import org.rollcall.directory.Directory;
import org.rollcall.escalation.CarerCallDesk;
import org.rollcall.escalation.EscalationRefusedException;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.ExclusionLetters;
import org.rollcall.escalation.SocialWorkerCallDesk;
import org.rollcall.escalation.ui.LetterUploadField;
import org.rollcall.oversight.ui.ChildViews;
import org.rollcall.platform.SignedInUser;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.workspace.CallScripts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The operator's screen. Calls pop up here by server push the moment the dialler reserves the operator. */
@Route("workspace")
@PageTitle("Workspace")
@Menu(title = "Workspace", order = 10, icon = "vaadin:headset")
@RolesAllowed("OPERATOR")
public class WorkspaceView extends VerticalLayout {

    private final OperatorDesk desk;
    private final CallLog calls;
    private final CalendarAdmin closures;
    private final Directory directory;
    private final Attendance attendance;
    private final org.rollcall.attendance.SchoolMarks schoolMarks;
    private final WorkspaceBroadcaster broadcaster;
    private final DiallerStatus dialler;
    private final CarerCallDesk carers;
    private final SocialWorkerCallDesk socialWorkers;
    private final Escalations escalations;
    private final ExclusionLetters exclusionLetters;
    private final CallScripts scripts;
    private final SignedInUser signedIn;
    private final Clock clock;
    private final Caller me;

    final Span operatorStatus = new Span();
    final Span diallerStatus = new Span();
    final Button readyToggle = new Button();
    final Span callStatus = new Span("No call: press Ready to take calls");
    final Button startCall = new Button("Start call (Alt+S)");
    final Button hangUp = new Button("Hang up (Alt+H)");
    final VerticalLayout callArea = new VerticalLayout();
    final CallTimer timer = new CallTimer();
    final Div wrapUpSlot = new Div();
    private String timed;
    MarkEntryPanel marks;
    CarerPanel carer;
    SocialWorkerPanel socialWorker;
    WrapUpPanel wrapUp;
    WrapUpConfirmation confirmation;
    ProvisionPanel provisionPanel;
    final MyCallsToday myCalls;
    private CallId shownCall;
    private Runnable unregister;
    private Runnable unregisterDialler;

    public WorkspaceView(Accounts accounts, OperatorDesk desk, CallLog calls, CalendarAdmin closures,
                         Directory directory, Attendance attendance, WorkspaceBroadcaster broadcaster,
                         DiallerStatus dialler, CarerCallDesk carers, SocialWorkerCallDesk socialWorkers,
                         Escalations escalations, ExclusionLetters exclusionLetters, CallScripts scripts,
                         SignedInUser signedIn, Clock clock, org.rollcall.attendance.SchoolMarks schoolMarks) {
        this.schoolMarks = schoolMarks;
        this.scripts = scripts;
        this.signedIn = signedIn;
        this.socialWorkers = socialWorkers;
        this.exclusionLetters = exclusionLetters;
        this.desk = desk;
        this.calls = calls;
        this.closures = closures;
        this.directory = directory;
        this.attendance = attendance;
        this.broadcaster = broadcaster;
        this.dialler = dialler;
        this.carers = carers;
        this.escalations = escalations;
        this.clock = clock;
        this.me = accounts.caller();
        operatorStatus.setId("operator-status");
        diallerStatus.setId("dialler-status");
        // Read out when it changes (WCAG 4.1.3); in the error colour, which Lumo keeps at AA contrast.
        diallerStatus.getElement().setAttribute("role", "status");
        diallerStatus.getStyle().set("color", "var(--lumo-error-text-color)");
        callStatus.setId("call-status");
        readyToggle.addClickShortcut(Key.KEY_R, KeyModifier.ALT);
        readyToggle.addClickListener(e -> toggleReady());
        startCall.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        startCall.addClickShortcut(Key.KEY_S, KeyModifier.ALT);
        startCall.addClickListener(e -> act(() -> desk.start(shownCall, me.userId())));
        hangUp.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hangUp.addClickShortcut(Key.KEY_H, KeyModifier.ALT);
        hangUp.addClickListener(e -> act(() -> desk.hangUp(shownCall, me.userId())));
        callArea.setPadding(false);
        myCalls = new MyCallsToday(calls, directory, attendance, carers, socialWorkers, clock, me.userId());
        add(callBar(), callArea, myCalls);
    }

    /**
     * State, time in the call, Start, Hang up and (in wrap-up) the outcome and Finish: sticky at the top, so with
     * many children the page scrolls under it and every button stays in reach (ADR 0023).
     */
    private VerticalLayout callBar() {
        HorizontalLayout controls = new HorizontalLayout(operatorStatus, readyToggle, startCall, hangUp, callStatus,
                timer);
        controls.setAlignItems(Alignment.BASELINE);
        controls.setWrap(true);
        VerticalLayout bar = new VerticalLayout(controls, diallerStatus, wrapUpSlot);
        bar.setId("call-bar");
        bar.setPadding(false);
        bar.setSpacing(false);
        bar.getStyle().set("position", "sticky").set("top", "0").set("z-index", "2")
                .set("background", "var(--lumo-base-color)").set("padding-block", "var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return bar;
    }

    /** The timer follows the call's state; restarted in the browser only when the state changes. */
    private void time(CallSummary call) {
        String key = call == null ? "" : call.id().value() + ":" + call.status();
        if (key.equals(timed)) {
            return;
        }
        timed = key;
        myCalls.follow(call); // a call offered, started, ended or wrapped up: its row in the day's list changes
        if (call == null) {
            timer.stop("");
            return;
        }
        Instant since = switch (call.status()) {
            case OFFERED -> call.offeredAt();
            case DIALLING, RINGING -> call.placedAt() != null ? call.placedAt() : call.offeredAt();
            case CONNECTED -> call.bridgedAt() != null ? call.bridgedAt() : call.answeredAt();
            default -> null;
        };
        if (call.status() == CallStatus.WRAP_UP) {
            Integer talked = call.talkSeconds();
            timer.stop(talked == null ? "Not connected" : "Call lasted " + CallTimer.minutes(talked));
        } else if (since != null) {
            timer.count(call.status() == CallStatus.CONNECTED ? "In the call " : call.status() == CallStatus.OFFERED
                    ? "Offered " : "Dialling ", since, clock);
        } else {
            timer.stop("");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unregister = broadcaster.register(me.userId(), () -> ui.access(this::refresh));
        unregisterDialler = dialler.onChange(() -> ui.access(this::refresh));
        // Read after registering, not when built: a call offered in between would otherwise never pop up here.
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
        if (unregisterDialler != null) {
            unregisterDialler.run();
        }
    }

    void refresh() {
        AtDesk atDesk = desk.atDesk(me.userId()); // one read at every change of the call
        OperatorStatus status = atDesk.status();
        operatorStatus.setText(status != OperatorStatus.OFFLINE ? status.toOperator()
                : atDesk.notReadyReason().map(reason -> status.toOperator() + ": " + reason
                        + ". Check your phone, then press Ready (Alt+R)").orElse(status.toOperator()));
        // Always in the page, empty while dialling, so screen readers announce the change (a live region).
        diallerStatus.setText(dialler.pause().map(p -> p.toPeople(clock)).orElse(""));
        readyToggle.setText(status == OperatorStatus.OFFLINE ? "Ready (Alt+R)" : "Go offline (Alt+R)");
        CallSummary call = atDesk.call().orElse(null);
        if (call == null) {
            shownCall = null;
            callArea.removeAll();
            wrapUpSlot.removeAll();
            marks = null;
            carer = null;
            socialWorker = null;
            wrapUp = null;
            callStatus.setText(status == OperatorStatus.READY ? "Waiting for the next call" : "No call");
        } else {
            if (!call.id().equals(shownCall)) {
                show(call);
            }
            callStatus.setText(describe(call));
            if (call.status() == CallStatus.WRAP_UP && wrapUp == null) {
                wrapUp = new WrapUpPanel(call.suggestedOutcome(), clock, this::finish);
                wrapUpSlot.add(wrapUp);
            }
        }
        time(call);
        startCall.setEnabled(call != null && call.status() == CallStatus.OFFERED);
        hangUp.setEnabled(call != null && call.status().isLive());
    }

    /** Builds the new call's screen; package-private so a test counts what that costs. */
    void show(CallSummary call) {
        shownCall = call.id();
        callArea.removeAll();
        wrapUpSlot.removeAll();
        wrapUp = null;
        marks = null;
        carer = null;
        socialWorker = null;
        if (call.purpose() == CallPurpose.SOCIAL_WORKER) {
            socialWorkers.card(call.id()).ifPresent(c -> {
                socialWorker = new SocialWorkerPanel(c, note -> act(() -> {
                    socialWorkers.told(call.id(), note, me.name());
                    socialWorker.told.setEnabled(false); // told once; hang up and wrap up
                    Notification.show("Told: noted on the timeline, and no email is sent", 4000,
                            Notification.Position.BOTTOM_START);
                }));
                callArea.add(socialWorker);
                escalations.find(c.escalation()).flatMap(e -> org.rollcall.changes.ui.ChangeHeardPanel
                        .forChild(call.id(), e.provisionId(), e.childId(), me.name())).ifPresent(callArea::add);
            });
            return;
        }
        if (call.purpose() == CallPurpose.CARER) {
            carers.card(call.id()).ifPresent(c -> {
                carer = new CarerPanel(c, reason -> act(() -> {
                    carers.reasonHeard(call.id(), reason, me.name());
                    Notification.show("Carer's reason saved; the social worker is told", 4000,
                            Notification.Position.BOTTOM_START);
                }), () -> act(() -> {
                    carers.wrongNumber(call.id(), me.name());
                    Notification.show("Wrong number noted; the social worker is told", 4000,
                            Notification.Position.BOTTOM_START);
                }));
                callArea.add(carer);
                escalations.find(c.escalation()).flatMap(e -> org.rollcall.changes.ui.ChangeHeardPanel
                        .forChild(call.id(), e.provisionId(), e.childId(), me.name())).ifPresent(callArea::add);
            });
            return;
        }
        var card = directory.provisionCard(call.provisionId());
        var children = calls.toCollect(call);
        ChildViews.onCall(me.name(), call, card.name(), children.stream().map(c -> c.child().id()).toList()); // ADR 0033
        var codes = attendance.codeSet(card.nation());
        var apChildren = org.rollcall.apattendance.ui.ApAttendanceGrid.forCall(call.id(), children, me.name());
        marks = new MarkEntryPanel(apChildren.map(ap -> ap.registerChildren()).orElse(children), codes, attendance, call.provisionId(),
                call.id().value(), () -> desk.recordingOffsetNow(call.id()).stream().boxed().findFirst().orElse(null),
                me.name(), clock);
        // Before the first session this call asks for, so a weekly call's own days are not "history".
        LocalDate from = children.stream().flatMap(c -> c.slots().stream()).map(s -> s.date())
                .min(LocalDate::compareTo).orElse(call.date());
        marks.showLastSessions(attendance.lastSessions(children.stream().map(c -> c.child().id()).toList(), from,
                RecentMarks.SESSIONS), codes);
        marks.showSchoolMarks(schoolMarks.currentMarks(children.stream().map(c -> c.child().id()).toList(),
                call.date())); // ADR 0044: confirm the school's own marks rather than ask again
        Button closed = new Button("School closed? Record it (Alt+C)", e -> new ClosureDialog(closures, card,
                LocalDate.now(clock), me.name(), () -> {
                    shownCall = null;
                    refresh();
                }).open());
        closed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        closed.addClickShortcut(Key.KEY_C, KeyModifier.ALT);
        var exclusions = escalations.lettersOutstanding(call.provisionId());
        var names = directory.childLabels(exclusions.stream().map(e -> e.childId()).toList());
        List<String> letters = exclusions.stream().map(e -> names.get(e.childId()).name() + ", excluded "
                + HumanDates.day(e.date()) + (escalations.letterOverdue(e) ? " (overdue)" : "")).toList();
        var said = scripts.forSchoolCall(card.name(), card.contactName(), children.stream().map(c -> c.child())
                .toList(), signedIn.displayName());
        provisionPanel = new ProvisionPanel(card, call, children, letters, codes, said);
        callArea.add(provisionPanel);
        // The letter may come while the operator is on the call (or the school has it to hand): upload it here.
        for (var e : exclusions) {
            String whose = names.get(e.childId()).name() + ", excluded " + HumanDates.day(e.date());
            callArea.add(new LetterUploadField(whose, e.id(), exclusionLetters, clock.getZone(), () -> { }));
        }
        marks.setVisible(apChildren.isEmpty() || !apChildren.get().replacesRegister());
        callArea.add(closed);
        apChildren.ifPresent(callArea::add); // children placed here as AP: attended or absent (ADR 0028)
        callArea.add(marks);
        callArea.add(org.rollcall.changes.ui.ChangeHeardPanel.forCall(call.id(), call.provisionId(),
                children.stream().map(c -> c.child()).toList(), me.name())); // changes heard (ADR 0025)
        ResultsPanel.addTo(callArea, call.id(), children); // only for authorities that collect attainment
    }

    private static String describe(CallSummary call) {
        String whom = switch (call.purpose()) {
            case CARER -> "the carer";
            case SOCIAL_WORKER -> "the social worker";
            default -> "the school";
        };
        return switch (call.status()) {
            case OFFERED -> "Call offered: read the card, then start the call";
            case DIALLING -> "Calling your line, then " + whom;
            case RINGING -> "Ringing " + whom;
            case CONNECTED -> "Connected and recording";
            case WRAP_UP -> "Call ended" + (call.endCause() == null ? "" : " (" + endCause(call.endCause()) + ")")
                    + ": choose the outcome";
            default -> call.status().label();
        };
    }

    /** The exchange's causes are mostly sentences already; its two codes are said the way people say them. */
    private static String endCause(String cause) {
        return switch (cause) {
            case "no-answer" -> "no answer";
            case "busy" -> "the line was busy";
            default -> cause;
        };
    }

    private void toggleReady() {
        act(() -> {
            if (desk.status(me.userId()) == OperatorStatus.OFFLINE) {
                desk.ready(me.userId(), me.name(), me.name());
            } else {
                desk.offline(me.userId());
            }
        });
    }

    private void finish(CallOutcome outcome, LocalTime callBackAt) {
        if (outcome == CallOutcome.COMPLETED && marks != null) { // a school call: were all its sessions saved?
            var saved = attendance.marksForCall(shownCall.value());
            List<String> missing = MissingMarks.of(marks.children(), saved);
            if (!missing.isEmpty()) {
                confirmation = new WrapUpConfirmation(missing, saved.isEmpty(), () -> wrapUp(outcome, callBackAt));
                confirmation.open();
                return;
            }
        }
        wrapUp(outcome, callBackAt);
    }

    private void wrapUp(CallOutcome outcome, LocalTime callBackAt) {
        act(() -> desk.wrapUp(shownCall, me.userId(), outcome, callBackAt == null ? null
                : callBackAt.atDate(LocalDate.now(clock)).atZone(clock.getZone()).toInstant()));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (CallRefusedException | EscalationRefusedException | IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
        }
        refresh();
    }
}
