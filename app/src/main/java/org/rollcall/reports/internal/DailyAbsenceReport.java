package org.rollcall.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.AttendanceReports;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.Directory;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.DateRange;
import org.springframework.stereotype.Component;

/** Every absence mark in the range: who, where, which session, the code in words, the reason, what followed. */
@Component
class DailyAbsenceReport implements ReportDefinition {

    private static final EnumSet<CodeCategory> ABSENCES = EnumSet.of(CodeCategory.AUTHORISED_ABSENCE,
            CodeCategory.UNAUTHORISED_ABSENCE);

    private final AttendanceReports marks;
    private final Attendance attendance;
    private final Directory directory;
    private final FollowUps followUps;

    DailyAbsenceReport(AttendanceReports marks, Attendance attendance, Directory directory, FollowUps followUps) {
        this.marks = marks;
        this.attendance = attendance;
        this.directory = directory;
        this.followUps = followUps;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.DAILY_ABSENCE;
    }

    @Override
    public List<String> columns() {
        return List.of("Date", "Child", "UPN", "School", "Session", "Code", "Meaning", "Reason given", "Follow-up");
    }

    @Override
    public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
        List<Mark> absences = marks.marks(authority.id(), range.from(), range.to(), ABSENCES, 0, limit + 1);
        Map<ChildId, ChildLabel> children = directory.childLabels(absences.stream().map(Mark::childId)
                .distinct().toList());
        Map<ProvisionId, String> schools = directory.provisionNames(absences.stream().map(Mark::provisionId)
                .distinct().toList());
        Map<String, AttendanceCode> codes = new HashMap<>();
        for (Nation nation : Nation.values()) {
            attendance.codeSet(nation).codes().forEach(c -> codes.putIfAbsent(nation + "|" + c.code(), c));
        }
        Map<String, String> codeSetNations = new HashMap<>();
        for (Nation nation : Nation.values()) {
            codeSetNations.put(attendance.codeSet(nation).id(), nation.name());
        }
        // An escalation is one per child, day and trigger: the day's follow-ups in words.
        Map<String, String> followed = followUps.forAuthority(authority.id(), range.from(), range.to()).stream()
                .collect(Collectors.groupingBy(f -> f.childId() + "|" + f.date(),
                        Collectors.mapping(f -> f.trigger() + ": " + f.state(), Collectors.joining("; "))));
        List<List<Object>> rows = new ArrayList<>();
        absences.stream().sorted(Comparator.comparing(Mark::date)
                        .thenComparing(m -> name(children, m.childId()))
                        .thenComparing(Mark::session))
                .forEach(m -> {
                    ChildLabel child = children.get(m.childId());
                    String nation = codeSetNations.getOrDefault(m.codeSetId(), authority.nation().name());
                    AttendanceCode code = codes.get(nation + "|" + m.code());
                    rows.add(java.util.Arrays.asList(HumanDates.date(m.date()), name(children, m.childId()),
                            child == null || child.upn() == null ? "Not known" : child.upn().strip(),
                            schools.getOrDefault(m.provisionId(), "(school not found)"), session(m.session()),
                            m.code(), code == null ? "" : code.description(), m.reason(),
                            followed.getOrDefault(m.childId().value() + "|" + m.date(), "None")));
                });
        return rows;
    }

    static String session(Session session) {
        return session == Session.AM ? "Morning" : "Afternoon";
    }

    private static String name(Map<ChildId, ChildLabel> children, ChildId id) {
        ChildLabel label = children.get(id);
        return label == null ? "(child record not found)" : label.name();
    }
}
