package org.rollcall.escalation.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.directory.Directory;
import org.rollcall.escalation.CarerCallDesk;
import org.rollcall.escalation.CarerCard;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.EscalationRefusedException;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Step;
import org.rollcall.platform.FreeText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCarerCallDesk implements CarerCallDesk {

    private final CallLog calls;
    private final Directory directory;
    private final EscalationRows rows;
    private final CarerCallQueue queue;
    private final SocialWorkerNotices notices;
    private final EscalationSettings settings;
    private final MarkWords words;
    private final ContactsToUpdate contacts;

    JdbcCarerCallDesk(CallLog calls, Directory directory, EscalationRows rows, CarerCallQueue queue,
                      SocialWorkerNotices notices, EscalationSettings settings, MarkWords words,
                      ContactsToUpdate contacts) {
        this.contacts = contacts;
        this.calls = calls;
        this.directory = directory;
        this.rows = rows;
        this.queue = queue;
        this.notices = notices;
        this.settings = settings;
        this.words = words;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CarerCard> card(CallId call) {
        return calls.find(call).filter(c -> c.purpose() == CallPurpose.CARER && c.subject() != null)
                .flatMap(c -> rows.find(new EscalationId(c.subject())).map(e -> card(c, e)));
    }

    private CarerCard card(CallSummary call, Escalation e) {
        var carer = queue.carer(e);
        String child = directory.childLabels(Set.of(e.childId())).get(e.childId()).name();
        String school = directory.provisionNames(Set.of(e.provisionId())).getOrDefault(e.provisionId(), "");
        String script = JdbcEscalationSettings.RECORDING_NOTICE + "\n\n" + settings.get(e.authorityId()).carerScript();
        return new CarerCard(e.id(), child, school, e.date(), e.session(), words.code(e.authorityId(), e.code()),
                e.schoolReason(), carer.name(), carer.phone() == null ? null : MarkWords.phone(carer.phone()),
                script, call.attempt(), settings.carerHours(e.authorityId()).attempts());
    }

    @Override
    @Transactional
    public void reasonHeard(CallId call, String reason, String who) {
        String heard = reason == null ? "" : reason.strip();
        if (heard.isEmpty()) {
            throw new EscalationRefusedException("write down the reason the carer gave, or choose wrong number; "
                    + "for no answer or busy, hang up and wrap up the call");
        }
        FreeText.problem(heard, "the carer's reason", FreeText.MAX_REASON, true).ifPresent(problem -> {
            throw new EscalationRefusedException(problem);
        });
        Escalation e = waiting(call);
        String carer = queue.carer(e).name();
        rows.carerReason(e.id(), heard);
        rows.note(e.id(), who, Step.CARER_REASON, "The carer, " + carer + ", said: \u201c" + heard + "\u201d");
        notices.tell(rows.find(e.id()).orElseThrow(), "The carer, " + carer + ", said: \u201c" + heard + "\u201d");
    }

    @Override
    @Transactional
    public void wrongNumber(CallId call, String who) {
        Escalation e = waiting(call);
        var carer = queue.carer(e);
        String number = carer.phone() == null ? "on record" : MarkWords.phone(carer.phone());
        rows.carerNumberWrong(e.id());
        if (carer.contact() != null) {
            contacts.flag(carer.contact(), number, "Wrong number: the carer call for " + child(e) + " on "
                    + MarkWords.DAY.format(e.date()) + " reached someone else", who);
        }
        rows.note(e.id(), who, Step.WRONG_NUMBER, "The number " + number + " did not reach the carer, "
                + carer.name() + ": their contact details need updating (listed for admins under Contacts to "
                + "update).");
        notices.tell(rows.find(e.id()).orElseThrow(), "Rollcall could not ask the carer, " + carer.name()
                + ": the number on record, " + number + ", reached someone else, so their contact details need "
                + "updating.");
    }

    private String child(Escalation e) {
        return directory.childLabels(Set.of(e.childId())).get(e.childId()).name();
    }

    /** The call's escalation, locked, if it is still waiting for the carer. */
    private Escalation waiting(CallId call) {
        UUID subject = calls.find(call).filter(c -> c.purpose() == CallPurpose.CARER).map(CallSummary::subject)
                .orElseThrow(() -> new EscalationRefusedException("this is not a carer call"));
        Escalation e = rows.lock(new EscalationId(subject));
        if (e.state() != EscalationState.CARER_CALL_DUE) {
            throw new EscalationRefusedException("this absence no longer waits for the carer: "
                    + e.state().label().toLowerCase(java.util.Locale.UK));
        }
        return e;
    }
}
