package org.rollcall.extranet;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.Mark;
import org.rollcall.calendar.CalendarSnapshot;
import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.SchoolsNotReached;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.MonitoredPlacement;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.Nation;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.NotOnRoll;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.rollcall.escalation.Trigger;
import org.rollcall.extranet.DayDashboard.AbsenceLine;
import org.rollcall.extranet.DayDashboard.ChildLine;
import org.rollcall.extranet.DayDashboard.Count;
import org.rollcall.platform.web.PageRequest;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.DateRange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority's day dashboard: the signed-in user's own authority only (from the caller, never a parameter). Each
 * part is one bulk read for the authority and day, whatever the number of children (index-friendly, ADR 0038).
 */
@Service
public class DashboardQueries {

    /** Follow-ups still open are shown from this many days up to the day. */
    static final int FOLLOW_UP_DAYS = 30;
    // An authority's children not on roll: dozens at most (as the "Not on roll" screen).
    private static final int NOT_ON_ROLL_MAX = 500;
    private static final Duration AUDIT_WINDOW = Duration.ofMinutes(15);

    private final Accounts accounts;
    private final AuditLog audit;
    private final Directory directory;
    private final Monitoring monitoring;
    private final SchoolCalendar calendar;
    private final Attendance attendance;
    private final CallLog calls;
    private final FollowUps followUps;
    private final Enrolment enrolment;
    private final Clock clock;
    private final AttendanceStatistics statistics;

    DashboardQueries(Accounts accounts, AuditLog audit, Directory directory, Monitoring monitoring,
                     SchoolCalendar calendar, Attendance attendance, CallLog calls, FollowUps followUps,
                     Enrolment enrolment, Clock clock, AttendanceStatistics statistics) {
        this.statistics = statistics;
        this.accounts = accounts;
        this.audit = audit;
        this.directory = directory;
        this.monitoring = monitoring;
        this.calendar = calendar;
        this.attendance = attendance;
        this.calls = calls;
        this.followUps = followUps;
        this.enrolment = enrolment;
        this.clock = clock;
    }

    /**
     * The caller's authority's day.
     *
     * @throws IllegalArgumentException for a day after today or further back than the history kept, saying which
     *     days may be asked for
     */
    @Transactional
    @PreAuthorize("hasRole('AUTHORITY')")
    public DayDashboard day(LocalDate day) {
        AuthorityId authority = authority();
        LocalDate today = LocalDate.now(clock);
        DashboardDays.requireShowable(day, today, earliestDay(today));
        audit.recordUnlessRecorded(accounts.caller().name(), "VIEW_DASHBOARD", "authority", authority.toString(),
                "date " + day, AUDIT_WINDOW);

        List<MonitoredPlacement> placements = monitoring.monitoredChildren(authority, day);
        Set<ProvisionId> provisions = placements.stream().map(MonitoredPlacement::provision)
                .collect(Collectors.toSet());
        CalendarSnapshot open = calendar.snapshot(provisions, day, day);
        // Each expected child once, at their on-roll school when it is open, else at the open AP.
        Map<ChildId, MonitoredPlacement> expected = new LinkedHashMap<>();
        placements.stream().filter(p -> open.isSchoolDay(p.provision(), day)).forEach(p -> expected.merge(
                p.monitored().child().id(), p, (a, b) -> a.monitored().child().placement() == PlacementKind.ON_ROLL
                        ? a : b));
        List<Mark> marks = attendance.currentMarks(authority, day);
        Map<ChildId, List<Mark>> marksByChild = marks.stream().collect(Collectors.groupingBy(Mark::childId,
                LinkedHashMap::new, Collectors.toList()));
        Map<ProvisionId, String> notReached = notReached(day, expected.values().stream()
                .map(MonitoredPlacement::provision).collect(Collectors.toSet()));

        List<ChildLine> expectedLines = new ArrayList<>();
        List<ChildLine> reached = new ArrayList<>();
        List<ChildLine> notYetCalled = new ArrayList<>();
        List<ChildLine> schoolNotReached = new ArrayList<>();
        Map<ProvisionId, String> names = provisionNames(placements, marks);
        expected.values().forEach(p -> {
            List<Mark> childMarks = marksByChild.get(p.monitored().child().id());
            String note = childMarks == null ? "Not marked yet" : DashboardLines.marks(childMarks);
            ChildLine line = DashboardLines.child(p, note);
            expectedLines.add(line);
            if (childMarks != null) {
                reached.add(line);
            } else if (notReached.containsKey(p.provision())) {
                schoolNotReached.add(DashboardLines.child(p, notReached.get(p.provision())));
            } else {
                notYetCalled.add(line);
            }
        });

        Map<String, AttendanceCode> codes = codes();
        List<AbsenceLine> absences = new ArrayList<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byCode = new TreeMap<>();
        Map<ChildId, String> childNames = new HashMap<>();
        placements.forEach(p -> childNames.put(p.monitored().child().id(), p.monitored().child().fullName()));
        Map<ChildId, String> unknown = missingNames(marks, childNames);
        marks.stream().filter(m -> m.category().isAbsence()).forEach(m -> {
            AttendanceCode code = codes.getOrDefault(m.codeSetId() + "/" + m.code(), codes.get("/" + m.code()));
            String meaning = code == null ? "Code " + m.code() : code.description();
            String category = m.category().label();
            absences.add(new AbsenceLine(m.childId().toString(), childNames.getOrDefault(m.childId(),
                    unknown.get(m.childId())), names.get(m.provisionId()), DashboardLines.session(m.session()),
                    m.code(), meaning, category, m.reason()));
            byCategory.merge(category, 1, Integer::sum);
            byCode.merge(m.code() + "\u0000" + meaning, 1, Integer::sum);
        });
        List<Count> categories = byCategory.entrySet().stream()
                .map(e -> new Count(null, e.getKey(), e.getValue())).toList();
        List<Count> reasons = byCode.entrySet().stream().map(e -> {
            String[] codeAndMeaning = e.getKey().split("\u0000", 2);
            return new Count(codeAndMeaning[0], codeAndMeaning[0] + " – " + codeAndMeaning[1], e.getValue());
        }).sorted(Comparator.comparing(Count::sessions).reversed().thenComparing(Count::code)).toList();

        List<FollowUpView> recent = followUps.forMyAuthority(day.minusDays(FOLLOW_UP_DAYS - 1), day);
        var exclusions = recent.stream().filter(f -> f.trigger().equals(Trigger.EXCLUSION.label())
                && f.date().equals(day)).map(DashboardLines::followUp).toList();
        var inProgress = recent.stream().filter(FollowUpView::open)
                .sorted(Comparator.comparing(FollowUpView::date).reversed().thenComparing(FollowUpView::child))
                .map(DashboardLines::followUp).toList();
        List<NotOnRoll> notOnRoll = enrolment.notOnRollList(authority, new PageRequest(0, NOT_ON_ROLL_MAX)).items()
                .stream().filter(n -> !n.since().isAfter(day)
                        && (n.newSchoolFrom() == null || n.newSchoolFrom().isAfter(day))).toList();

        boolean schoolDay = !expected.isEmpty() || placements.isEmpty() && DashboardDays.weekday(day);
        return new DayDashboard(directory.authority(authority).name(), day, day.equals(today), schoolDay,
                expectedLines, reached, notYetCalled, schoolNotReached, absences, categories, reasons, exclusions,
                inProgress, notOnRoll);
    }

    /**
     * The caller's authority's school year up to the day, week by week.
     *
     * @throws IllegalArgumentException for a day the dashboard does not show (see {@link #day})
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AUTHORITY')")
    public DashboardYear year(LocalDate day) {
        AuthorityId authority = authority();
        DashboardDays.requireShowable(day, LocalDate.now(clock), earliestDay(LocalDate.now(clock)));
        DateRange range = statistics.schoolYearToDate(day);
        Map<String, String> meanings = new HashMap<>();
        codes().forEach((key, code) -> meanings.putIfAbsent(code.code(), code.description()));
        return new DashboardYear(directory.authority(authority).name(), range, statistics.weekly(authority, range),
                meanings);
    }

    /** The first day the dashboard shows: as far back as the statistics' history kept. */
    public LocalDate earliestDay(LocalDate today) {
        return statistics.earliestDay(today);
    }

    /** The signed-in authority user's authority's name, for headings before a day is read. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AUTHORITY')")
    public String authorityName() {
        return directory.authority(authority()).name();
    }

    /** Schools (of these) not reached on the day, each with why, by the wallboard's rules. */
    private Map<ProvisionId, String> notReached(LocalDate day, Set<ProvisionId> provisions) {
        List<CallSummary> dayCalls = calls.onDate(day, provisions);
        Map<ProvisionId, String> why = new HashMap<>();
        SchoolsNotReached.windowMissed(dayCalls).forEach(c -> why.put(c.provisionId(),
                "School not reached: its call window closed before a call got through"));
        SchoolsNotReached.afterEveryAttempt(dayCalls).forEach(c -> why.put(c.provisionId(),
                "School not reached after " + c.attempt() + (c.attempt() == 1 ? " attempt" : " attempts")
                        + (c.outcome() == null ? "" : " (last: " + c.outcome().label().toLowerCase() + ")")));
        return why;
    }

    private Map<ProvisionId, String> provisionNames(List<MonitoredPlacement> placements, List<Mark> marks) {
        Map<ProvisionId, String> names = new HashMap<>();
        placements.forEach(p -> names.put(p.provision(), p.provisionName()));
        List<ProvisionId> missing = marks.stream().map(Mark::provisionId).filter(p -> !names.containsKey(p))
                .distinct().toList();
        names.putAll(directory.provisionNames(missing));
        return names;
    }

    /** Children marked that day but no longer placed (left since): their names in one query. */
    private Map<ChildId, String> missingNames(List<Mark> marks, Map<ChildId, String> known) {
        List<ChildId> missing = marks.stream().map(Mark::childId).filter(c -> !known.containsKey(c)).distinct()
                .toList();
        Map<ChildId, String> names = new HashMap<>();
        directory.childLabels(missing).forEach((id, label) -> names.put(id, label.name()));
        return names;
    }

    /** Both nations' codes by "code set/code", and by "/code" as a fallback for an older set's mark. */
    private Map<String, AttendanceCode> codes() {
        Map<String, AttendanceCode> codes = new HashMap<>();
        for (Nation nation : Nation.values()) {
            var set = attendance.codeSet(nation);
            set.codes().forEach(c -> {
                codes.put(set.id() + "/" + c.code(), c);
                codes.putIfAbsent("/" + c.code(), c);
            });
        }
        return codes;
    }

    private AuthorityId authority() {
        Caller caller = accounts.caller();
        if (caller.authorityId() == null) {
            throw new AccessDeniedException("only authority users have an authority dashboard");
        }
        return caller.authorityId();
    }
}
