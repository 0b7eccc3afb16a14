package org.rollcall.qa.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.corrections.ui.CorrectMarkDialog;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.Directory;
import org.rollcall.oversight.ui.ChildViews;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.CharacterCounter;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.qa.internal.CallEvent;
import org.rollcall.qa.internal.CallEvents;
import org.rollcall.qa.internal.PinnedComment;
import org.rollcall.qa.internal.Reviews;
import org.rollcall.qa.internal.Scorecards;
import org.rollcall.recording.MarkInRecording;
import org.rollcall.recording.RecordingHolds;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * QA review of one call: the player, every mark, challenge, change, correction and comment on a timeline of the
 * recording (click to jump), the whole marks list, the scorecard with its result, comments pinned to moments of the
 * recording, and a way back to the list it was opened from (its filters ride along in the address).
 */
@Route("calls/:callId")
@PageTitle("Call review")
@RolesAllowed({"QA", "ADMIN", "SUPERVISOR"})
public class CallReviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final java.time.format.DateTimeFormatter SESSION_DAY = java.time.format.DateTimeFormatter
            .ofPattern("EEE d MMM", java.util.Locale.UK);

    private final Accounts accounts;
    private final CallLog calls;
    private final Recordings recordings;
    private final RecordingHolds holds;
    private final Attendance attendance;
    private final Directory directory;
    private final Reviews reviews;
    private final Scorecards scorecards;
    private final CallEvents events;
    private final ZoneId zone;
    private QueryParameters listFilters = QueryParameters.empty();
    Audio audio;
    final Grid<Mark> marks = new Grid<>(Mark.class, false);
    final Span recordingStatus = new Span();
    final Paragraph summary = new Paragraph();
    final RouterLink back = new RouterLink();
    ReviewTimeline timeline;
    ScorecardForm scorecard;
    CommentsPanel comments;

    public CallReviewView(Accounts accounts, CallLog calls, Recordings recordings, RecordingHolds holds,
                          Attendance attendance, Directory directory, Reviews reviews, Scorecards scorecards,
                          CallEvents events, Clock clock) {
        this.accounts = accounts;
        this.calls = calls;
        this.recordings = recordings;
        this.holds = holds;
        this.attendance = attendance;
        this.directory = directory;
        this.reviews = reviews;
        this.scorecards = scorecards;
        this.events = events;
        this.zone = clock.getZone();
        recordingStatus.setId("recording-status");
        summary.setId("call-summary");
        back.setText("← Back to the calls");
        back.setId("back-to-calls");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        listFilters = event.getLocation().getQueryParameters();
        back.setRoute(CallsView.class);
        back.setQueryParameters(listFilters);
        removeAll();
        add(back);
        String callId = event.getRouteParameters().get("callId").orElse("");
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
        removeAll();
        marks.removeAllColumns();
        add(back);
        List<Mark> taken = attendance.marksForCall(call.id().value());
        List<CallEvent> happened = events.of(call.id().value());
        List<ChildId> children = new ArrayList<>(taken.stream().map(Mark::childId).toList());
        happened.stream().filter(e -> e.childId() != null).forEach(e -> children.add(new ChildId(e.childId())));
        Map<ChildId, ChildLabel> names = directory.childLabels(children.stream().distinct().toList());
        ChildViews.reviewed(call.id().value(), names.keySet()); // who saw which child (ADR 0033)
        summary.setText(directory.provisionNames(List.of(call.provisionId())).get(call.provisionId())
                + " · " + HumanDates.day(call.date()) + " · " + call.purpose().label() + " · attempt " + call.attempt()
                + (call.operatorName() == null ? "" : " · operator " + call.operatorName()) + " · "
                + (call.outcome() == null ? call.status().label() : call.outcome().label())
                + (call.bridgedAt() == null ? "" : " · connected at "
                + HumanDates.timeWithSeconds(call.bridgedAt(), zone))
                + (call.talkSeconds() == null ? "" : " · talked for " + call.talkSeconds() + " s"));
        add(summary);
        RecordingInfo recording = recordings.forCall(call.id().value()).orElse(null);
        recordingStatus.setText(describe(call, recording));
        add(recordingStatus);
        audio = null;
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
        Long duration = audio == null ? null : recording.durationMillis();
        List<PinnedComment> pinned = reviews.comments(call.id().value());
        timeline = new ReviewTimeline(items(taken, happened, pinned, names, recording), duration, this::jump);
        add(timeline);
        addMarks(call, taken, names, recording);
        scorecard = new ScorecardForm(scorecards.active(), reviews.of(call.id().value()).orElse(null), call, reviews,
                accounts.caller().name(), saved -> { });
        comments = new CommentsPanel(call.id().value(), duration, reviews, accounts.caller().name(), audio,
                () -> show(call));
        add(scorecard, comments);
    }

    private void jump(long millis) {
        if (audio != null) {
            audio.playFrom(millis);
        }
    }

    private List<TimelineItem> items(List<Mark> taken, List<CallEvent> happened, List<PinnedComment> pinned,
                                     Map<ChildId, ChildLabel> names, RecordingInfo recording) {
        List<TimelineItem> items = new ArrayList<>();
        for (Mark m : taken) {
            MarkInRecording where = MarkInRecording.of(recording, m.heardAt(), m.offsetSeconds());
            items.add(new TimelineItem(where.offsetMillis(), TimelineItem.Kind.MARK, name(names, m.childId()) + ": "
                    + m.code() + " (" + session(m) + ")" + (m.reason() == null ? "" : ", " + m.reason())));
        }
        for (CallEvent e : happened) {
            items.add(new TimelineItem(offset(recording, e.at()), switch (e.kind()) {
                case CHALLENGE -> TimelineItem.Kind.CHALLENGE;
                case CHANGE -> TimelineItem.Kind.CHANGE;
                case CORRECTION -> TimelineItem.Kind.CORRECTION;
                case SCHOOL_MARK_DIFFERS -> TimelineItem.Kind.SCHOOL_MARK_DIFFERS;
            }, e.describe(e.childId() == null ? null : name(names, new ChildId(e.childId())))));
        }
        items.addAll(CommentsPanel.items(pinned));
        return items;
    }

    /** When something happened, from the start of the audio; null outside it (after the call) or without audio. */
    private static Long offset(RecordingInfo recording, java.time.Instant at) {
        if (recording == null || recording.status() != RecordingStatus.STORED || recording.audioStartedAt() == null) {
            return null;
        }
        long millis = Duration.between(recording.audioStartedAt(), at).toMillis();
        return millis < 0 || millis > recording.durationMillis() ? null : millis;
    }

    private void addMarks(CallSummary call, List<Mark> taken, Map<ChildId, ChildLabel> names,
                          RecordingInfo recording) {
        add(new H3("Marks"));
        marks.addColumn(m -> name(names, m.childId())).setHeader("Child").setAutoWidth(true);
        // A weekly call takes several days' marks: the day is part of the session.
        marks.addColumn(CallReviewView::session).setHeader("Session").setAutoWidth(true);
        marks.addColumn(Mark::code).setHeader("Code");
        marks.addColumn(Mark::reason).setHeader("Reason").setFlexGrow(1);
        marks.addColumn(m -> at(recording, m)).setHeader("At");
        marks.addComponentColumn(m -> {
            MarkInRecording where = MarkInRecording.of(recording, m.heardAt(), m.offsetSeconds());
            Button jump = new Button("Jump to", e -> audio.playFrom(where.offsetMillis()));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            jump.setAriaLabel("Jump to the " + session(m) + " mark of " + name(names, m.childId()));
            jump.setEnabled(audio != null && where.offsetMillis() != null);
            if (!where.audioEvidence()) {
                jump.setTooltipText(where.note());
            }
            return jump;
        }).setHeader("Listen");
        // QA and admins correct a mark with a reason (ADR 0033); the page is shown again so the timeline has it.
        marks.addComponentColumn(m -> CorrectMarkDialog.button(m, name(names, m.childId()), () -> show(call)))
                .setHeader("Correct").setAutoWidth(true);
        marks.setItems(taken);
        // Every mark, however many: no fixed-height box that cuts the last ones off.
        marks.setAllRowsVisible(true);
        add(marks);
    }

    private static String name(Map<ChildId, ChildLabel> names, ChildId child) {
        ChildLabel label = names.get(child);
        return label == null ? "a child no longer on record" : label.name();
    }

    private static String session(Mark m) {
        return SESSION_DAY.format(m.date()) + " " + (m.session().name().equals("AM") ? "morning" : "afternoon");
    }

    private HorizontalLayout holdControls(CallSummary call, RecordingInfo recording) {
        var reason = new com.vaadin.flow.component.textfield.TextField("Reason for the hold");
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
            if (call.status().isLive() || call.status() == CallStatus.WRAP_UP) {
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
