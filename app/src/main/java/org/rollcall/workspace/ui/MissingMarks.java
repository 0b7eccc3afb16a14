package org.rollcall.workspace.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rollcall.attendance.Mark;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.ChildId;

/**
 * The sessions a school call was to collect that have no mark saved on it, as the wrap-up question names them:
 * "Ali Khan: PM of Monday 30 November", one line per child and day.
 */
final class MissingMarks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private MissingMarks() {
    }

    /** A session saved on the call: the child, the day and AM or PM. */
    private record Saved(ChildId child, LocalDate date, String part) {
    }

    static List<String> of(List<ChildToCollect> children, Collection<Mark> savedOnCall) {
        Set<Saved> saved = savedOnCall.stream().map(m -> new Saved(m.childId(), m.date(), m.session().name()))
                .collect(Collectors.toSet());
        List<String> lines = new ArrayList<>();
        for (ChildToCollect child : children) {
            Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
            for (SessionSlot slot : child.slots().stream().sorted().toList()) {
                if (!saved.contains(new Saved(child.child().id(), slot.date(), slot.part().name()))) {
                    byDay.computeIfAbsent(slot.date(), d -> new ArrayList<>()).add(slot.part().name());
                }
            }
            byDay.forEach((day, parts) -> lines.add(child.child().fullName() + ": " + String.join(" and ", parts)
                    + " of " + DAY.format(day)));
        }
        return lines;
    }
}
