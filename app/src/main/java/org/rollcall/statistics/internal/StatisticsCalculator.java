package org.rollcall.statistics.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.rollcall.attendance.Session;
import org.rollcall.attendance.WeekMarks;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.OnRollPlacement;
import org.rollcall.statistics.AbsenceFlag;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.DateRange;
import org.rollcall.statistics.GroupStatistics;
import org.rollcall.statistics.Grouping;
import org.rollcall.statistics.SessionCell;
import org.rollcall.statistics.WeekStatistics;

/**
 * The definition of ADR 0037 over data already read: placements, current marks and the calendar. A session is
 * possible when the child was on roll at a school the calendar had open and the current mark (if any) is not a
 * not-possible or administrative code; an open session with no mark yet (up to today) is unrecorded, not possible.
 * Pure: no Spring, no database, so the worked examples test it directly. Marks come folded by week ({@link WeekMarks});
 * a child's week is counted with a handful of bit operations against the sessions the child could have attended.
 */
final class StatisticsCalculator {

    private static final Comparator<OnRollPlacement> BY_NAME = Comparator
            .comparing((OnRollPlacement p) -> p.lastName().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(p -> p.firstName().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(p -> p.child().value());

    private final DateRange range;
    private final LocalDate today;
    private final OpenDays open;
    private final Map<ChildId, List<OnRollPlacement>> placements = new LinkedHashMap<>();
    private final Map<ChildId, Map<LocalDate, List<WeekMarks>>> marks = new HashMap<>();
    private final Map<ChildId, ChildTally> tallies = new HashMap<>();

    StatisticsCalculator(List<OnRollPlacement> placements, List<WeekMarks> marks, OpenDays open, DateRange range,
                         LocalDate today) {
        this.range = range;
        this.today = today;
        this.open = open;
        placements.stream()
                .filter(p -> !p.startsOn().isAfter(range.to()) && (p.endsOn() == null
                        || !p.endsOn().isBefore(range.from())))
                .sorted(Comparator.comparing(OnRollPlacement::startsOn))
                .forEach(p -> this.placements.computeIfAbsent(p.child(), c -> new ArrayList<>()).add(p));
        for (WeekMarks week : marks) {
            this.marks.computeIfAbsent(week.child(), c -> new HashMap<>())
                    .computeIfAbsent(week.monday(), d -> new ArrayList<>(3)).add(week);
        }
    }

    /** Every child placed in the range, by last then first name. */
    List<ChildStatistics> children() {
        return placements.values().stream().map(List::getLast).sorted(BY_NAME)
                .map(latest -> new ChildStatistics(latest.child(), latest.childName(), latest.upn(),
                        latest.schoolName(), range, tally(latest.child()).total.figures(latest.child())))
                .toList();
    }

    /** Children summed by their school (the latest in the range), cohort or borough; by label. */
    List<GroupStatistics> groups(Grouping grouping) {
        Function<OnRollPlacement, String> label = switch (grouping) {
            case SCHOOL -> OnRollPlacement::schoolName;
            case COHORT -> p -> p.cohort().label();
            case BOROUGH -> p -> p.inBorough() ? "In borough" : "Out of borough";
        };
        record Group(Tally sessions, int[] counts) {
        }
        Map<String, Group> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (List<OnRollPlacement> childPlacements : placements.values()) {
            OnRollPlacement latest = childPlacements.getLast();
            Tally child = tally(latest.child()).total;
            Group group = groups.computeIfAbsent(label.apply(latest), l -> new Group(new Tally(), new int[3]));
            group.sessions.add(child);
            AbsenceFlag flag = child.figures(null).flag();
            group.counts[0]++;
            group.counts[1] += flag == AbsenceFlag.PERSISTENT ? 1 : 0;
            group.counts[2] += flag == AbsenceFlag.SEVERE ? 1 : 0;
        }
        return groups.entrySet().stream().map(e -> new GroupStatistics(grouping, e.getKey(), e.getValue().counts[0],
                e.getValue().sessions.figures(null), e.getValue().counts[1], e.getValue().counts[2])).toList();
    }

    /** All children's sessions by Monday-to-Sunday week, every week touching the range, oldest first. */
    List<WeekStatistics> weekly() {
        Map<LocalDate, Tally> weeks = new TreeMap<>();
        for (LocalDate monday = monday(range.from()); !monday.isAfter(range.to()); monday = monday.plusWeeks(1)) {
            weeks.put(monday, new Tally());
        }
        placements.keySet().forEach(child -> tally(child).weeks.forEach((monday, t) -> weeks.get(monday).add(t)));
        return weeks.entrySet().stream().map(e -> new WeekStatistics(e.getKey(), e.getValue().figures(null)))
                .toList();
    }

    /** The child's sessions day by day, AM then PM; weekend days left out unless the calendar had them open. */
    List<SessionCell> calendar(ChildId child) {
        List<SessionCell> cells = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            OnRollPlacement placement = placementOn(child, day);
            List<SessionCell> daysCells = new ArrayList<>(2);
            boolean keep = day.getDayOfWeek().getValue() < 6;
            for (Session session : Session.values()) {
                WeekMarks mark = markOn(child, day, session);
                keep |= mark != null;
                Slot slot = slot(placement, day, session, mark);
                keep |= slot != Slot.CLOSED && slot != Slot.NOT_PLACED;
                daysCells.add(cell(day, session, slot, mark));
            }
            if (keep) {
                cells.addAll(daysCells);
            }
        }
        return cells;
    }

    private static SessionCell cell(LocalDate day, Session session, Slot slot, WeekMarks mark) {
        if (mark != null) {
            return new SessionCell(day, session, SessionCell.State.MARKED, mark.code(), mark.category(),
                    mark.description());
        }
        SessionCell.State state = switch (slot) {
            case NOT_PLACED -> SessionCell.State.NOT_ON_ROLL;
            case CLOSED -> SessionCell.State.CLOSED;
            default -> SessionCell.State.NOT_YET_MARKED;
        };
        return new SessionCell(day, session, state, null, null, state.label());
    }

    private ChildTally tally(ChildId child) {
        return tallies.computeIfAbsent(child, this::count);
    }

    private ChildTally count(ChildId child) {
        ChildTally tally = new ChildTally(new Tally(), new HashMap<>());
        Map<LocalDate, List<WeekMarks>> childMarks = marks.getOrDefault(child, Map.of());
        for (LocalDate monday = monday(range.from()); !monday.isAfter(range.to()); monday = monday.plusWeeks(1)) {
            int[] frame = frame(child, monday);
            if (frame[0] == 0) {
                continue;
            }
            Tally week = tally.weeks.computeIfAbsent(monday, m -> new Tally());
            int marked = 0;
            for (WeekMarks mark : childMarks.getOrDefault(monday, List.of())) {
                int counted = Integer.bitCount(mark.sessions() & frame[0]);
                if (counted > 0) {
                    tally.total.marked(mark.code(), mark.category(), counted);
                    week.marked(mark.code(), mark.category(), counted);
                }
                marked |= mark.sessions();
            }
            int unrecorded = Integer.bitCount(frame[1] & ~marked);
            tally.total.unrecorded(unrecorded);
            week.unrecorded(unrecorded);
        }
        return tally;
    }

    /**
     * The sessions of the week the child could have attended (in the range, on roll, school open), and those of
     * them up to today: the same rule as {@link #slot} for every session of the week at once.
     */
    private int[] frame(ChildId child, LocalDate monday) {
        int open = 0;
        int past = 0;
        for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
            if (day.isBefore(range.from()) || day.isAfter(range.to())) {
                continue;
            }
            OnRollPlacement placement = placementOn(child, day);
            if (placement == null) {
                continue;
            }
            var sessions = this.open.open(placement.school(), day);
            int bits = (sessions.am() ? WeekMarks.bit(day, Session.AM) : 0)
                    | (sessions.pm() ? WeekMarks.bit(day, Session.PM) : 0);
            open |= bits;
            past |= day.isAfter(today) ? 0 : bits;
        }
        return new int[] {open, past};
    }

    private WeekMarks markOn(ChildId child, LocalDate day, Session session) {
        for (WeekMarks mark : marks.getOrDefault(child, Map.of()).getOrDefault(monday(day), List.of())) {
            if (mark.has(day, session)) {
                return mark;
            }
        }
        return null;
    }

    private Slot slot(OnRollPlacement placement, LocalDate day, Session session, WeekMarks mark) {
        if (placement == null) {
            return Slot.NOT_PLACED;
        }
        var sessions = open.open(placement.school(), day);
        if (!(session == Session.AM ? sessions.am() : sessions.pm())) {
            return Slot.CLOSED;
        }
        if (mark != null) {
            return Slot.MARKED;
        }
        return day.isAfter(today) ? Slot.FUTURE : Slot.UNRECORDED;
    }

    /** The on-roll placement covering the day; the later one when a move makes two overlap. */
    private OnRollPlacement placementOn(ChildId child, LocalDate day) {
        List<OnRollPlacement> childPlacements = placements.getOrDefault(child, List.of());
        for (int i = childPlacements.size() - 1; i >= 0; i--) {
            if (childPlacements.get(i).covers(day)) {
                return childPlacements.get(i);
            }
        }
        return null;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private enum Slot { NOT_PLACED, CLOSED, MARKED, FUTURE, UNRECORDED }

    private record ChildTally(Tally total, Map<LocalDate, Tally> weeks) {
    }
}
