package org.rollcall.extranet;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.attendance.AttendanceReports;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.SessionCounts;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildRoster;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.rollcall.escalation.Trigger;
import org.rollcall.extranet.AuthorityApiItems.AbsenceItem;
import org.rollcall.extranet.AuthorityApiItems.ChildItem;
import org.rollcall.extranet.AuthorityApiItems.ExclusionItem;
import org.rollcall.extranet.AuthorityApiItems.MarkItem;
import org.rollcall.extranet.AuthorityApiItems.StatisticsItem;
import org.rollcall.extranet.AuthorityApiItems.StatisticsPage;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paged reads of the caller's own authority for authority systems (API v1). The authority always comes from the
 * caller's token, never from a parameter, so no request can name another authority.
 */
@Service
public class AuthorityData {

    private static final Duration AUDIT_WINDOW = Duration.ofMinutes(15);
    private static final Set<CodeCategory> EVERY = EnumSet.allOf(CodeCategory.class);
    private static final Set<CodeCategory> ABSENCES = EnumSet.of(CodeCategory.AUTHORISED_ABSENCE,
            CodeCategory.UNAUTHORISED_ABSENCE);

    private final Accounts accounts;
    private final AuditLog audit;
    private final ChildRoster roster;
    private final AttendanceReports reports;
    private final FollowUps followUps;
    private final Clock clock;

    AuthorityData(Accounts accounts, AuditLog audit, ChildRoster roster, AttendanceReports reports,
                  FollowUps followUps, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.roster = roster;
        this.reports = reports;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API')")
    public Page<ChildItem> children(PageRequest page) {
        AuthorityId authority = authority("VIEW_CHILDREN", "page " + page.page());
        var items = roster.children(authority, LocalDate.now(clock), (int) page.offset(), page.size()).stream()
                .map(c -> new ChildItem(c.id().toString(), c.name(), c.upn(),
                        c.schoolId() == null ? null : c.schoolId().toString(), c.school(), c.nation().name()))
                .toList();
        return Page.of(items, page, roster.countChildren(authority));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API')")
    public Page<MarkItem> marks(Period period, PageRequest page) {
        AuthorityId authority = authority("VIEW_MARKS", describe(period));
        var items = reports.marks(authority, period.from(), period.to(), EVERY, (int) page.offset(), page.size())
                .stream().map(m -> new MarkItem(m.id().toString(), m.childId().toString(), m.date(),
                        m.session().name(), m.code(), m.category().name(), m.reason(), m.provisionId().toString(),
                        m.recordedAt())).toList();
        return Page.of(items, page, reports.countMarks(authority, period.from(), period.to(), EVERY));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API')")
    public Page<AbsenceItem> absences(Period period, PageRequest page) {
        AuthorityId authority = authority("VIEW_ABSENCES", describe(period));
        List<Mark> marks = reports.marks(authority, period.from(), period.to(), ABSENCES, (int) page.offset(),
                page.size());
        // An unauthorised-absence escalation is one per child and day; the carer's reason is the day's.
        Map<String, String> carerReasons = followUps.forMyAuthority(period.from(), period.to()).stream()
                .filter(f -> f.trigger().equals(Trigger.UNAUTHORISED_ABSENCE.label()) && f.carerReason() != null)
                .collect(Collectors.toMap(f -> f.childId() + "|" + f.date(), FollowUpView::carerReason,
                        (a, b) -> a));
        var items = marks.stream().map(m -> new AbsenceItem(m.id().toString(), m.childId().toString(), m.date(),
                m.session().name(), m.code(), m.category().name(), m.reason(),
                m.category() == CodeCategory.UNAUTHORISED_ABSENCE ? carerReasons.get(m.childId() + "|" + m.date())
                        : null, m.provisionId().toString(), m.recordedAt())).toList();
        return Page.of(items, page, reports.countMarks(authority, period.from(), period.to(), ABSENCES));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API')")
    public Page<ExclusionItem> exclusions(Period period, PageRequest page) {
        authority("VIEW_EXCLUSIONS", describe(period));
        List<ExclusionItem> all = followUps.forMyAuthority(period.from(), period.to()).stream()
                .filter(f -> f.trigger().equals(Trigger.EXCLUSION.label()))
                .sorted(Comparator.comparing(FollowUpView::date).thenComparing(FollowUpView::openedAt)
                        .thenComparing(FollowUpView::id))
                .map(f -> new ExclusionItem(f.id(), f.childId(), f.date(), f.session().equals("morning") ? "AM" : "PM",
                        code(f.code()), f.schoolReason(), letter(f), f.open(), f.openedAt())).toList();
        return Page.slice(all, page);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API')")
    public StatisticsPage statistics(Period period, PageRequest page) {
        AuthorityId authority = authority("VIEW_STATISTICS", describe(period));
        var items = reports.perChild(authority, period.from(), period.to(), (int) page.offset(), page.size())
                .stream().map(AuthorityData::statistics).toList();
        Page<StatisticsItem> children = Page.of(items, page,
                reports.countChildren(authority, period.from(), period.to()));
        return new StatisticsPage(period.from(), period.to(),
                statistics(reports.total(authority, period.from(), period.to())), children.items(),
                children.page(), children.size(), children.totalItems(), children.totalPages());
    }

    private AuthorityId authority(String action, String detail) {
        Caller caller = accounts.caller();
        if (caller.authorityId() == null) {
            throw new AccessDeniedException("only authority users and API tokens have an authority to report on");
        }
        // A system polls: one audit entry per caller, list and period per 15 minutes.
        audit.recordUnlessRecorded(caller.name(), action, "authority", caller.authorityId().toString(), detail,
                AUDIT_WINDOW);
        return caller.authorityId();
    }

    private static String describe(Period period) {
        return "from " + period.from() + " to " + period.to();
    }

    private static StatisticsItem statistics(SessionCounts c) {
        Double percent = c.attendancePercent();
        return new StatisticsItem(c.childId() == null ? null : c.childId().toString(), c.possible(), c.present(),
                c.approvedActivity(), c.authorisedAbsent(), c.unauthorisedAbsent(), c.notPossible(),
                c.administrative(), percent, percent != null && percent < 90, percent != null && percent < 50);
    }

    private static String letter(FollowUpView f) {
        if (f.state().equals(EscalationState.LETTER_RECEIVED.label())) {
            return "received";
        }
        if (f.letterOverdue()) {
            return "overdue";
        }
        if (f.state().equals(EscalationState.LETTER_REQUESTED.label())) {
            return "requested";
        }
        return f.state().equals(EscalationState.WITHDRAWN.label()) ? "withdrawn" : "not requested";
    }

    /** The follow-up names a code with its words, "E (Suspended …)": the API gives the code alone. */
    private static String code(String words) {
        int space = words.indexOf(' ');
        return space < 0 ? words : words.substring(0, space);
    }
}
