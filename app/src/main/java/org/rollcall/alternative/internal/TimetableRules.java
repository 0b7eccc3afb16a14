package org.rollcall.alternative.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rollcall.alternative.CaptureField;
import org.rollcall.directory.AlternativePlacement;
import org.rollcall.directory.TimetabledSession;
import org.rollcall.platform.ui.HumanDates;

/**
 * The timetable's rules on plain values (no database, no Spring): sessions only on the days the provision is open,
 * sessions or "not known" (one of them), a from date not before the child's on-roll placement started, a to date not
 * before it, and no second placement at the same provision over the same days.
 */
final class TimetableRules {

    /**
     * @param onRollSince the start of the child's on-roll placement at the school called; null when unknown
     * @param samePlace the child's other placements at the chosen provision (not the one being changed)
     */
    record Facts(String childName, String provisionName, Set<DayOfWeek> openDays, String onRollSchool,
                 LocalDate onRollSince, List<AlternativePlacement> samePlace, Set<TimetabledSession> sessions,
                 boolean notKnown, LocalDate from, LocalDate to) {
    }

    private TimetableRules() {
    }

    static Map<CaptureField, String> check(Facts f) {
        Map<CaptureField, String> problems = new LinkedHashMap<>();
        if (f.sessions().isEmpty() && !f.notKnown()) {
            problems.put(CaptureField.SESSIONS, "tick the sessions " + f.childName() + " attends there, such as "
                    + "Monday morning, or choose \u201cTimetable not known\u201d (the school is asked again on its "
                    + "next call)");
        } else if (!f.sessions().isEmpty() && f.notKnown()) {
            problems.put(CaptureField.SESSIONS, "either tick the sessions or choose \u201cTimetable not known\u201d,"
                    + " not both");
        } else {
            List<String> closed = new TreeSet<>(f.sessions()).stream()
                    .filter(s -> !f.openDays().contains(s.day())).map(TimetabledSession::label).toList();
            if (!closed.isEmpty()) {
                problems.put(CaptureField.SESSIONS, (f.provisionName() == null ? "the provision"
                        : f.provisionName()) + " is open " + openDays(f.openDays()) + ": " + and(closed)
                        + (closed.size() == 1 ? " is" : " are") + " not possible");
            }
        }
        if (f.from() == null) {
            problems.put(CaptureField.FROM, "give the first day " + f.childName() + " attends there, such as "
                    + "the day of the mark");
        } else if (f.onRollSince() != null && f.from().isBefore(f.onRollSince())) {
            problems.put(CaptureField.FROM, f.childName() + " has been on roll at " + f.onRollSchool() + " since "
                    + HumanDates.day(f.onRollSince()) + ": give a from date on or after that");
        }
        if (f.to() != null && f.from() != null && f.to().isBefore(f.from())) {
            problems.put(CaptureField.TO, "the to date " + HumanDates.day(f.to()) + " is before the from date "
                    + HumanDates.day(f.from()) + ": give a date on or after it, or leave it empty when not known");
        }
        if (f.from() != null && !problems.containsKey(CaptureField.TO)) {
            f.samePlace().stream().filter(p -> p.overlaps(f.from(), f.to())).findFirst().ifPresent(p ->
                    problems.put(CaptureField.PROVISION, f.childName() + " already has a placement at "
                            + p.provision().name() + " from " + HumanDates.day(p.startsOn())
                            + (p.endsOn() == null ? " with no end date" : " to " + HumanDates.day(p.endsOn()))
                            + ": update that one instead (Change), or give dates that do not overlap it"));
        }
        return problems;
    }

    /** "Monday to Thursday", "Monday, Wednesday and Friday", "on Tuesday only". */
    static String openDays(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = new ArrayList<>(new TreeSet<>(days));
        if (sorted.size() == 1) {
            return "on " + name(sorted.getFirst()) + " only";
        }
        boolean run = sorted.getLast().getValue() - sorted.getFirst().getValue() == sorted.size() - 1;
        return run ? name(sorted.getFirst()) + " to " + name(sorted.getLast())
                : and(sorted.stream().map(TimetableRules::name).toList());
    }

    static String and(List<String> items) {
        return items.size() == 1 ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
