package org.rollcall.calls.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rollcall.calendar.DayPart;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.MonitoredChild;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.TimetabledSession;
import org.springframework.stereotype.Component;

/**
 * What a call must collect, worked out when it is shown (so a child placed or moved that morning is right): the
 * provision's monitored children and, for each, the open sessions their frequency puts on this call.
 */
@Component
class CallCollections {

    private final Monitoring monitoring;
    private final SchoolCalendar calendar;
    private final Directory directory;

    CallCollections(Monitoring monitoring, SchoolCalendar calendar, Directory directory) {
        this.monitoring = monitoring;
        this.calendar = calendar;
        this.directory = directory;
    }

    List<ChildToCollect> of(CallSummary call) {
        return of(call.provisionId(), call.date(), call.purpose(), call.collectFrom());
    }

    /** What a call of this purpose would collect at the provision on the day (the plan asks before it exists). */
    List<ChildToCollect> of(ProvisionId provision, LocalDate date, CallPurpose purpose, LocalDate collectFrom) {
        CallSummary call = new CallSummary(null, provision, date, 1, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, purpose, collectFrom, null);
        OpenSessions today = calendar.open(provision, call.date());
        Catchup catchup = call.collectFrom() == null ? null : catchup(provision, call.collectFrom(), call.date());
        List<ChildToCollect> children = new ArrayList<>();
        for (MonitoredChild monitored : monitoring.monitoredChildren(provision, call.date())) {
            List<SessionSlot> slots = new ArrayList<>();
            if (call.purpose() == CallPurpose.MORNING) {
                if (monitored.frequency() == CallFrequency.TWICE_DAILY && today.am()) {
                    slots.add(new SessionSlot(call.date(), DayPart.AM));
                }
            } else {
                switch (monitored.frequency()) {
                    case DAILY -> add(slots, call.date(), today);
                    case TWICE_DAILY -> {
                        if (today.pm()) {
                            slots.add(new SessionSlot(call.date(), DayPart.PM));
                        }
                    }
                    case WEEKLY -> {
                        if (catchup != null) {
                            catchup.forChild(monitored.child(), slots);
                        }
                    }
                }
            }
            if (monitored.child().placement() == PlacementKind.ALTERNATIVE) {
                keepTimetabled(slots, monitored.child(), provision, call.date());
            }
            if (!slots.isEmpty()) {
                children.add(new ChildToCollect(monitored.child(), monitored.frequency(), slots));
            }
        }
        return children;
    }

    /**
     * At an alternative provision only the sessions of the child's timetable that day; all open ones when it is not
     * known (ADR 0028). The AP's afternoon call collects the day's morning too.
     */
    private void keepTimetabled(List<SessionSlot> slots, ExpectedChild child, ProvisionId provision,
                                LocalDate day) {
        var timetable = directory.timetable(child.id(), provision, day);
        if (!timetable.isEmpty() && day.getDayOfWeek().getValue() > 5) {
            slots.clear(); // a weekend worked as a weekday in tests: never on a weekday timetable
        } else if (!timetable.isEmpty()) {
            slots.removeIf(slot -> !slot.date().equals(day) || !timetable.contains(new TimetabledSession(
                    day.getDayOfWeek(), HalfDay.valueOf(slot.part().name()))));
        }
    }

    private static void add(List<SessionSlot> slots, LocalDate day, OpenSessions open) {
        for (DayPart part : DayPart.values()) {
            if (open.has(part)) {
                slots.add(new SessionSlot(day, part));
            }
        }
    }

    /** The school days of a weekly call and who was expected on each. */
    private Catchup catchup(ProvisionId provision, LocalDate from, LocalDate to) {
        Map<LocalDate, OpenSessions> open = new HashMap<>();
        Map<LocalDate, Set<ChildId>> expected = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            OpenSessions sessions = calendar.open(provision, day);
            if (sessions.any()) {
                open.put(day, sessions);
                Set<ChildId> ids = new HashSet<>();
                directory.childrenExpected(provision, day).forEach(c -> ids.add(c.id()));
                expected.put(day, ids);
            }
        }
        return new Catchup(from, to, open, expected);
    }

    private record Catchup(LocalDate from, LocalDate to, Map<LocalDate, OpenSessions> open,
                           Map<LocalDate, Set<ChildId>> expected) {

        void forChild(ExpectedChild child, List<SessionSlot> slots) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (open.containsKey(day) && expected.get(day).contains(child.id())) {
                    add(slots, day, open.get(day));
                }
            }
        }
    }
}
