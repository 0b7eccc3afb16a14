package org.rollcall.schoolfeed.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.SchoolMarks;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.MonitoredPlacement;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.Upn;
import org.rollcall.imports.FileProblem;
import org.rollcall.imports.TabularColumns;
import org.rollcall.imports.TabularRow;
import org.springframework.stereotype.Component;

/**
 * The rows of a marks file, each checked as an operator's mark would be, every problem named with its line and
 * column: the UPN (a child of this authority monitored that day; another authority's child is refused without
 * saying whose), the date (ISO or UK style, a school day there, not in the future), the session (AM or PM), the code
 * and reason (the nation's code set and the session rules, via {@link SchoolMarks#problem}), and no session twice.
 */
@Component
class MarksRows {

    static final TabularColumns COLUMNS = TabularColumns.of("UPN", "date", "session", "code").withOptional("reason");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Monitoring monitoring;
    private final Directory directory;
    private final SchoolCalendar calendar;
    private final SchoolMarks schoolMarks;
    private final Clock clock;

    MarksRows(Monitoring monitoring, Directory directory, SchoolCalendar calendar, SchoolMarks schoolMarks,
              Clock clock) {
        this.monitoring = monitoring;
        this.directory = directory;
        this.calendar = calendar;
        this.schoolMarks = schoolMarks;
        this.clock = clock;
    }

    /** The marks of rows without problems; problems are added to {@code problems}. */
    List<RecordMark> check(AuthorityId authority, List<TabularRow> rows, String by, List<FileProblem> problems) {
        LocalDate today = LocalDate.now(clock);
        Map<LocalDate, Map<String, MonitoredPlacement>> monitored = new HashMap<>();
        Map<String, OpenSessions> open = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<RecordMark> marks = new ArrayList<>();
        for (TabularRow row : rows) {
            int before = problems.size();
            Upn upn = upn(row, problems);
            LocalDate date = date(row, today, problems);
            Session session = session(row, problems);
            if (row.isBlank("code")) {
                problems.add(row.problem("code", "no attendance code: enter the code the school's register shows, "
                        + "such as / or \\ for present, or an absence code with a reason"));
            }
            if (problems.size() > before) {
                continue;
            }
            String key = upn.value() + " " + date + " " + session;
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(row.problem("UPN", "the same child, date and session as line " + first
                        + ": one mark per child and session"));
                continue;
            }
            MonitoredPlacement placement = monitored.computeIfAbsent(date, d -> byUpn(authority, d))
                    .get(upn.value());
            if (placement == null) {
                problems.add(row.problem("UPN", notMonitored(authority, upn, date)));
                continue;
            }
            ProvisionId provision = placement.provision();
            OpenSessions sessions = open.computeIfAbsent(provision.value() + " " + date,
                    k -> calendar.open(provision, date));
            if (!sessions.any()) {
                problems.add(row.problem("date", date + " is not a school day at " + placement.provisionName()
                        + " (a weekend, a holiday or a closure): marks are for the days it is open"));
                continue;
            }
            if (!(session == Session.AM ? sessions.am() : sessions.pm())) {
                problems.add(row.problem("session", placement.provisionName() + " is closed for the " + session
                        + " session on " + date + ": only open sessions take a mark"));
                continue;
            }
            RecordMark mark = new RecordMark(placement.monitored().child().id(), provision, date, session,
                    row.value("code"), row.value("reason"), null, null, by);
            var refused = schoolMarks.problem(mark);
            if (refused.isPresent()) {
                String message = refused.get();
                problems.add(row.problem(message.contains("reason") && !row.isBlank("reason") ? "reason" : "code",
                        message));
                continue;
            }
            marks.add(mark);
        }
        return marks;
    }

    /** The authority's monitored children on the day by UPN, the school they are on roll at before an AP. */
    private Map<String, MonitoredPlacement> byUpn(AuthorityId authority, LocalDate day) {
        Map<String, MonitoredPlacement> byUpn = new HashMap<>();
        for (MonitoredPlacement p : monitoring.monitoredChildren(authority, day)) {
            var child = p.monitored().child();
            if (child.upn() != null) {
                byUpn.merge(child.upn().value(), p, (a, b) -> a.monitored().child().placement()
                        == PlacementKind.ON_ROLL ? a : b);
            }
        }
        return byUpn;
    }

    /** Why a UPN has no monitored child here, never naming another authority. */
    private String notMonitored(AuthorityId authority, Upn upn, LocalDate date) {
        var known = directory.searchChildren(upn.value(), 5).entrySet().stream()
                .filter(e -> upn.value().equals(e.getValue().upn())).map(e -> directory.childRecord(e.getKey()))
                .flatMap(java.util.Optional::stream).toList();
        if (known.isEmpty()) {
            return "no child with UPN " + upn.value() + " is known to Rollcall: check the UPN with the school, or "
                    + "add the child first";
        }
        if (known.stream().anyMatch(c -> c.authorityId().equals(authority))) {
            return "the child with UPN " + upn.value() + " is not monitored at any school on " + date
                    + " (no placement that day, or outside the service's scope): update the child's placement first";
        }
        return "UPN " + upn.value() + " is not a child of your authority: only your own children's marks can be "
                + "imported";
    }

    private static Upn upn(TabularRow row, List<FileProblem> problems) {
        if (row.isBlank("UPN")) {
            problems.add(row.problem("UPN", "no UPN: every line needs the child's UPN (13 characters)"));
            return null;
        }
        try {
            return Upn.parse(row.value("UPN"));
        } catch (IllegalArgumentException e) {
            problems.add(row.problem("UPN", e.getMessage()));
            return null;
        }
    }

    private static LocalDate date(TabularRow row, LocalDate today, List<FileProblem> problems) {
        String text = row.value("date");
        LocalDate date;
        try {
            date = text.contains("/") ? LocalDate.parse(text, UK) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(row.problem("date", "'" + text + "' is not a date: write it as " + today
                    + " (year-month-day) or " + today.format(UK)));
            return null;
        }
        if (date.isAfter(today)) {
            problems.add(row.problem("date", date + " is in the future: marks can be imported for today ("
                    + today + ") or earlier days"));
            return null;
        }
        return date;
    }

    private static Session session(TabularRow row, List<FileProblem> problems) {
        String text = row.value("session").toUpperCase(Locale.ROOT);
        return switch (text) {
            case "AM" -> Session.AM;
            case "PM" -> Session.PM;
            default -> {
                problems.add(row.problem("session", "'" + row.value("session") + "' is not a session: write AM or "
                        + "PM"));
                yield null;
            }
        };
    }
}
