package org.rollcall.recording.ui;

import java.time.ZoneId;
import java.util.UUID;

import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.CharacterCounter;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.Directory;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.recording.MarkInRecording;
import org.rollcall.recording.RecordingHolds;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * QA review of one call: listen, jump to the moment each mark was taken in the recording's own audio, hold the
 * recording (admins). A call whose recording holds no audio says so, and its marks have nothing to jump to.
 */
@Route("calls/review")
@PageTitle("Call review")
@RolesAllowed({"QA", "ADMIN", "SUPERVISOR"})
public class CallReviewView extends VerticalLayout implements HasUrlParameter<String> {

    private static final java.time.format.DateTimeFormatter SESSION_DAY = java.time.format.DateTimeFormatter
            .ofPattern("EEE d MMM", java.util.Locale.UK);

    private final Accounts accounts;
    private final CallLog calls;
    private final Recordings recordings;
    private final RecordingHolds holds;
    private final Attendance attendance;
    private final Directory directory;
    private final ZoneId zone;
    Audio audio;
    final Grid<Mark> marks = new Grid<>(Mark.class, false);
    final Span recordingStatus = new Span();
    final Paragraph summary = new Paragraph();

    public CallReviewView(Accounts accounts, CallLog calls, Recordings recordings, RecordingHolds holds,
                          Attendance attendance, Directory directory, java.time.Clock clock) {
        this.accounts = accounts;
        this.calls = calls;
        this.recordings = recordings;
        this.holds = holds;
        this.attendance = attendance;
        this.directory = directory;
        this.zone = clock.getZone();
        recordingStatus.setId("recording-status");
        summary.setId("call-summary");
    }

    @Override
    public void setParameter(BeforeEvent event, String callId) {
        UUID id;
        try {
            id = UUID.fromString(callId);
        } catch (IllegalArgumentException e) {
            add(new Paragraph("This address names no call: open the call from the calls list."));
            return;
        }
        calls.find(new CallId(id)).ifPresentOrElse(this::show, () -> add(new Paragraph(
                "There is no such call: it may be from a database that was reset. Open calls from the calls list.")));
    }

    private void show(CallSummary call) {
        var names = directory.childLabels(attendance.marksForCall(call.id().value()).stream().map(Mark::childId)
                .toList());
        org.rollcall.oversight.ui.ChildViews.reviewed(call.id().value(), names.keySet()); // who saw which child, ADR 0033
        summary.setText(directory.provisionNames(java.util.List.of(call.provisionId())).get(call.provisionId())
                + " · " + HumanDates.day(call.date()) + " · attempt " + call.attempt()
                + (call.operatorName() == null ? "" : " · operator " + call.operatorName()) + " · "
                + (call.outcome() == null ? call.status().label() : call.outcome().label())
                + (call.bridgedAt() == null ? "" : " · connected at "
                + HumanDates.timeWithSeconds(call.bridgedAt(), zone))
                + (call.talkSeconds() == null ? "" : " · talked for " + call.talkSeconds() + " s"));
        add(summary);
        RecordingInfo recording = recordings.forCall(call.id().value()).orElse(null);
        recordingStatus.setText(describe(call, recording));
        add(recordingStatus);
        if (recording != null && recording.status() == RecordingStatus.LOST) {
            Paragraph noEvidence = new Paragraph("There is no audio evidence of this call: the marks below were taken "
                    + "on it, but there is no recording to check them against.");
            noEvidence.setId("no-audio-evidence");
            add(noEvidence);
        }
        if (recording != null && recording.status() == RecordingStatus.STORED) {
            audio = new Audio("recordings/" + call.id() + ".wav");
            add(audio);
            if (accounts.caller().role() == Role.ADMIN) {
                add(holdControls(call, recording));
            }
        }
        marks.addColumn(m -> names.get(m.childId()).name()).setHeader("Child").setAutoWidth(true);
        // A weekly call takes several days' marks: the day is part of the session.
        marks.addColumn(m -> SESSION_DAY.format(m.date()) + " " + m.session().name()).setHeader("Session")
                .setAutoWidth(true);
        marks.addColumn(Mark::code).setHeader("Code");
        marks.addColumn(Mark::reason).setHeader("Reason").setFlexGrow(1);
        marks.addColumn(m -> at(recording, m)).setHeader("At");
        marks.addComponentColumn(m -> {
            MarkInRecording where = MarkInRecording.of(recording, m.heardAt(), m.offsetSeconds());
            Button jump = new Button("Jump to", e -> audio.playFrom(where.offsetMillis()));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            jump.setAriaLabel("Jump to the " + m.session().name() + " mark of " + names.get(m.childId()).name());
            jump.setEnabled(audio != null && where.offsetMillis() != null);
            if (!where.audioEvidence()) {
                jump.setTooltipText(where.note());
            }
            return jump;
        }).setHeader("Listen");
        marks.addComponentColumn(m -> org.rollcall.corrections.ui.CorrectMarkDialog.button(m, names.get(m.childId()).name(), () -> marks.setItems(attendance.marksForCall(call.id().value())))).setHeader("Correct"); // ADR 0033
        marks.setItems(attendance.marksForCall(call.id().value()));
        // A call has a few marks: show them all rather than a fixed-height box that cuts the last one off.
        marks.setAllRowsVisible(true);
        add(marks);
    }

    private HorizontalLayout holdControls(CallSummary call, RecordingInfo recording) {
        TextField reason = new TextField("Reason for the hold");
        CharacterCounter.on(reason, FreeText.MAX_REASON);
        Button toggle = new Button(recording.legalHold() ? "Lift legal hold" : "Place legal hold");
        toggle.addClickListener(e -> {
            try {
                boolean held = toggle.getText().startsWith("Place");
                holds.hold(call.id().value(), held, reason.getValue());
                toggle.setText(held ? "Lift legal hold" : "Place legal hold");
                recordingStatus.setText(describe(call, recordings.forCall(call.id().value()).orElse(null)));
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
            }
        });
        HorizontalLayout controls = new HorizontalLayout(reason, toggle);
        controls.setAlignItems(Alignment.BASELINE);
        return controls;
    }

    /** A mark's moment in the recording, or why it has none. */
    private static String at(RecordingInfo recording, Mark m) {
        MarkInRecording where = MarkInRecording.of(recording, m.heardAt(), m.offsetSeconds());
        return where.audioEvidence() ? where.describe() : "no audio";
    }

    private static String describe(CallSummary call, RecordingInfo r) {
        if (r == null) {
            if (call.status().isLive() || call.status() == org.rollcall.calls.CallStatus.WRAP_UP) {
                return "No recording yet: it is taken once the call has ended.";
            }
            return call.bridgedAt() == null ? "No recording: the school was not connected."
                    : "No recording: the call was interrupted before one was made.";
        }
        return switch (r.status()) {
            case PENDING -> "Recording pending: safe on local disk, being stored.";
            case STORED -> "Recording stored: " + r.bytes() + " bytes, " + r.durationMillis() / 1000 + " s, SHA-256 "
                    + r.sha256() + (r.legalHold() ? " · under legal hold" : "");
            case REJECTED -> "Recording rejected: " + r.problem();
            case DELETED -> "Recording deleted at the end of its retention period.";
            case LOST -> "Recording lost: " + r.problem() + ".";
        };
    }
}
