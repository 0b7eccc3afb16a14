package org.rollcall.escalation.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.Directory;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.EscalationRefusedException;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.SocialWorkerCallDesk;
import org.rollcall.escalation.SocialWorkerCard;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.Trigger;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.Wording;
import org.rollcall.platform.FreeText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcSocialWorkerCallDesk implements SocialWorkerCallDesk {

    private final CallLog calls;
    private final Directory directory;
    private final EscalationRows rows;
    private final SocialWorkerCalls workers;
    private final SocialWorkerNotices notices;
    private final Notifications notifications;
    private final MarkWords words;
    private final EscalationSettings settings;

    JdbcSocialWorkerCallDesk(CallLog calls, Directory directory, EscalationRows rows, SocialWorkerCalls workers,
                             SocialWorkerNotices notices, Notifications notifications, MarkWords words,
                             EscalationSettings settings) {
        this.calls = calls;
        this.directory = directory;
        this.rows = rows;
        this.workers = workers;
        this.notices = notices;
        this.notifications = notifications;
        this.words = words;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SocialWorkerCard> card(CallId call) {
        return calls.find(call).filter(c -> c.purpose() == CallPurpose.SOCIAL_WORKER && c.subject() != null)
                .flatMap(c -> rows.find(new EscalationId(c.subject())).flatMap(e -> rows.socialWorkerCall(e.id())
                        .map(due -> card(c, e, due))));
    }

    private SocialWorkerCard card(CallSummary call, Escalation e, EscalationRows.SocialWorkerCallDue due) {
        var worker = workers.worker(e);
        MessageKind kind = EscalationKinds.socialWorkerKind(due.kind());
        // The same words as the email: the authority's wording of the same message, filled in the same way.
        Wording said = notifications.words(kind, e.authorityId(), notices.values(e, kind, due.carer()));
        String child = directory.childLabels(Set.of(e.childId())).get(e.childId()).name();
        String school = directory.provisionNames(Set.of(e.provisionId())).getOrDefault(e.provisionId(), "");
        return new SocialWorkerCard(e.id(), child, school, e.date(), e.session(), words.code(e.authorityId(),
                e.code()), worker.name(), worker.phone() == null ? null : MarkWords.phone(worker.phone()),
                JdbcEscalationSettings.SOCIAL_WORKER_RECORDING_NOTICE, said.subject(), said.body(), call.attempt(),
                settings.carerHours(e.authorityId()).attempts());
    }

    @Override
    @Transactional
    public void told(CallId call, String note, String who) {
        String said = note == null ? "" : note.strip();
        FreeText.problem(said, "the note", FreeText.MAX_REASON, true).ifPresent(problem -> {
            throw new EscalationRefusedException(problem);
        });
        UUID subject = calls.find(call).filter(c -> c.purpose() == CallPurpose.SOCIAL_WORKER)
                .map(CallSummary::subject)
                .orElseThrow(() -> new EscalationRefusedException("this is not a social-worker call"));
        Escalation e = rows.lock(new EscalationId(subject));
        var due = rows.socialWorkerCall(e.id()).filter(d -> e.state() != EscalationState.WITHDRAWN)
                .orElseThrow(() -> new EscalationRefusedException("the social worker no longer waits to be told: "
                        + e.state().label().toLowerCase(java.util.Locale.UK)));
        var worker = workers.worker(e);
        rows.socialWorkerCallDone(e.id());
        if (e.trigger() == Trigger.UNAUTHORISED_ABSENCE) {
            rows.state(e.id(), EscalationState.SOCIAL_WORKER_TOLD);
        }
        MessageKind kind = EscalationKinds.socialWorkerKind(due.kind());
        rows.note(e.id(), who, Step.SOCIAL_WORKER_PHONED, "Told the social worker, " + worker.name() + ", by phone"
                + (worker.phone() == null ? "" : " on " + MarkWords.phone(worker.phone())) + ": "
                + SocialWorkerNotices.what(kind, due.carer()) + (said.isEmpty() ? "" : " Note: \u201c" + said
                + "\u201d"));
    }
}
