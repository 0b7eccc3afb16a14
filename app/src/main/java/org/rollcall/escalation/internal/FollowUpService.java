package org.rollcall.escalation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionId;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FollowUpService implements FollowUps {

    private static final int MAX_DAYS = 93;

    private final Accounts accounts;
    private final AuditLog audit;
    private final EscalationRows rows;
    private final Directory directory;
    private final MarkWords words;
    private final OverdueLetters letters;

    FollowUpService(Accounts accounts, AuditLog audit, EscalationRows rows, Directory directory, MarkWords words,
                    OverdueLetters letters) {
        this.accounts = accounts;
        this.audit = audit;
        this.rows = rows;
        this.directory = directory;
        this.words = words;
        this.letters = letters;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API')")
    public List<FollowUpView> forMyAuthority(LocalDate from, LocalDate to) {
        Caller caller = accounts.caller();
        if (caller.authorityId() == null) {
            throw new AccessDeniedException("only authority users and API tokens have an authority to report on");
        }
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " to " + to + " is not a period Rollcall lists: "
                    + "give a 'from' no later than 'to', at most " + MAX_DAYS + " days apart");
        }
        return views(rows.forAuthority(caller.authorityId(), from, to));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUpView> forAuthority(org.rollcall.directory.AuthorityId authority, LocalDate from,
                                           LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("from " + from + " to " + to + " ends before it starts: give a 'from' "
                    + "no later than 'to'");
        }
        List<Escalation> escalations = rows.forAuthority(authority, from, to);
        var timelines = rows.timelines(escalations.stream().map(Escalation::id).toList());
        return views(escalations, id -> timelines.getOrDefault(id, List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public List<FollowUpView> open() {
        return views(rows.open());
    }

    @Override
    @Transactional(noRollbackFor = AccessDeniedException.class)
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API', 'SUPERVISOR', 'ADMIN')")
    public Optional<FollowUpView> find(EscalationId id) {
        Caller caller = accounts.caller();
        return rows.find(id).map(e -> {
            if (!caller.mayAccess(e.authorityId())) {
                audit.record(caller.name(), "VIEW_ESCALATION_REFUSED", "escalation", id.toString(),
                        "escalation of another authority");
            }
            caller.requireAccessTo(e.authorityId());
            return views(List.of(e)).getFirst();
        });
    }

    private List<FollowUpView> views(List<Escalation> escalations) {
        return views(escalations, rows::timeline);
    }

    private List<FollowUpView> views(List<Escalation> escalations,
                                     java.util.function.Function<EscalationId, List<org.rollcall.escalation.TimelineEntry>> timeline) {
        Map<ChildId, ChildLabel> children = directory.childLabels(escalations.stream().map(Escalation::childId)
                .distinct().toList());
        Map<ProvisionId, String> schools = directory.provisionNames(ids(escalations));
        return escalations.stream().map(e -> new FollowUpView(e.id().toString(), e.childId().toString(),
                children.containsKey(e.childId()) ? children.get(e.childId()).name() : "(child record not found)",
                schools.getOrDefault(e.provisionId(), "(school not found)"), e.date(),
                MarkWords.session(e.session()), e.trigger().label(), words.code(e.authorityId(), e.code()),
                e.schoolReason(), e.carerReason(), e.state().label(), e.state().open(), overdue(e), e.carerAttempts(),
                e.openedAt(), e.closedAt(), timeline.apply(e.id()).stream().map(t -> new FollowUpView.Entry(t.at(),
                        t.who(), t.step().label(), t.said())).toList())).toList();
    }

    private boolean overdue(Escalation e) {
        return letters.overdue(e);
    }

    private static Collection<ProvisionId> ids(List<Escalation> escalations) {
        return escalations.stream().map(Escalation::provisionId).distinct().toList();
    }
}
