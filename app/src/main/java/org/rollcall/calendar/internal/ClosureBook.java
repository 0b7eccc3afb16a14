package org.rollcall.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rollcall.calendar.CalendarInputException;
import org.rollcall.calendar.CalendarNotFoundException;
import org.rollcall.calendar.ClosedDay;
import org.rollcall.calendar.Closure;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.DayPart;
import org.rollcall.calendar.NewClosure;
import org.rollcall.calendar.ProvisionClosed;
import org.rollcall.calendar.ProvisionClosureWithdrawn;
import org.rollcall.calendar.ProvisionClosureWithdrawn.StillClosed;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records and withdraws closures (inside the admin service's transaction) and publishes what attendance needs to
 * mark or unmark the closed sessions {@code #}.
 */
@Component
class ClosureBook {

    static final int MAX_DAYS = 366;
    private static final int DAYS_LISTED = 31;

    private final JdbcClosures store;
    private final CalendarReads reads;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClosureBook(JdbcClosures store, CalendarReads reads, Directory directory, ApplicationEventPublisher events,
                Clock clock) {
        this.store = store;
        this.reads = reads;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    Closure record(NewClosure c, String recordedBy) {
        requireName(recordedBy, "who recorded the closure");
        ProvisionPlace place = directory.provisionPlace(c.provision()).orElseThrow(() -> new CalendarInputException(
                "no provision with id " + c.provision() + ": give the id of a provision set up in Rollcall"));
        if (ChronoUnit.DAYS.between(c.firstDay(), c.lastDay()) >= MAX_DAYS) {
            throw new CalendarInputException("the closure from " + c.firstDay() + " to " + c.lastDay() + " is longer "
                    + "than a year: check the dates, or record it a year at a time");
        }
        BaseCalendar base = base(place, c.firstDay(), c.lastDay());
        List<LocalDate> schoolDays = schoolDays(base, c.firstDay(), c.lastDay());
        if (schoolDays.isEmpty()) {
            throw new CalendarInputException("the closure from " + c.firstDay() + " to " + c.lastDay() + " covers no "
                    + "school day of " + name(c.provision()) + ", so there is nothing to close", whyNot(base, c));
        }
        ClosureId id = ClosureId.random();
        store.insert(id, c, recordedBy.strip(), clock.instant());
        events.publishEvent(new ProvisionClosed(id, c.provision(),
                schoolDays.stream().map(d -> new ClosedDay(d, c.sessions().parts())).toList(),
                Closure.describe(c.reason(), c.note()), recordedBy.strip()));
        return find(id).orElseThrow();
    }

    Closure withdraw(ClosureId id, String withdrawnBy) {
        requireName(withdrawnBy, "who withdrew the closure");
        JdbcClosures.Row row = store.find(id, true)
                .orElseThrow(() -> new CalendarNotFoundException("no closure with id " + id));
        if (row.withdrawnAt() == null) {
            Instant now = clock.instant();
            store.withdraw(id, withdrawnBy.strip(), now);
            events.publishEvent(new ProvisionClosureWithdrawn(id, row.provision(), withdrawnBy.strip(),
                    stillClosed(row)));
        }
        return find(id).orElseThrow();
    }

    Optional<Closure> find(ClosureId id) {
        return store.find(id, false).map(row -> closures(row.provision(), List.of(row)).getFirst());
    }

    List<Closure> ofProvision(ProvisionId provision) {
        directory.provisionPlace(provision)
                .orElseThrow(() -> new CalendarNotFoundException("no provision with id " + provision));
        return closures(provision, store.ofProvision(provision));
    }

    /** The sessions of a withdrawn closure's school days that another live closure of the provision still closes. */
    private List<StillClosed> stillClosed(JdbcClosures.Row row) {
        ProvisionPlace place = directory.provisionPlace(row.provision()).orElseThrow();
        CalendarData data = reads.one(row.provision(), place.nation(), place.localAuthority(), row.firstDay(),
                row.lastDay());
        List<CalendarData.Span> others = data.closures().getOrDefault(row.provision(), List.of()).stream()
                .filter(s -> !s.id().equals(row.id())).toList();
        List<StillClosed> still = new ArrayList<>();
        for (LocalDate day : schoolDays(data.base(place.nation(), place.localAuthority()), row.firstDay(),
                row.lastDay())) {
            for (DayPart part : row.sessions().parts()) {
                others.stream().filter(s -> s.covers(day) && s.sessions().covers(part)).findFirst()
                        .ifPresent(s -> still.add(new StillClosed(day, part, s.id(), s.description())));
            }
        }
        return still;
    }

    private List<Closure> closures(ProvisionId provision, List<JdbcClosures.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate first = rows.stream().map(JdbcClosures.Row::firstDay).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = rows.stream().map(JdbcClosures.Row::lastDay).max(Comparator.naturalOrder()).orElseThrow();
        BaseCalendar base = base(directory.provisionPlace(provision).orElseThrow(), first, last);
        String name = name(provision);
        return rows.stream().map(r -> new Closure(r.id(), r.provision(), name, r.firstDay(), r.lastDay(),
                r.sessions(), r.reason(), r.note(), r.recordedBy(), r.recordedAt(), r.withdrawnBy(),
                r.withdrawnAt(), schoolDays(base, r.firstDay(), r.lastDay()))).toList();
    }

    private BaseCalendar base(ProvisionPlace place, LocalDate first, LocalDate last) {
        return reads.one(place.id(), place.nation(), place.localAuthority(), first, last)
                .base(place.nation(), place.localAuthority());
    }

    private static List<LocalDate> schoolDays(BaseCalendar base, LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).filter(base::isSchoolDay).toList();
    }

    /** Each day of the range and why it is not a school day, the first month of them at most. */
    private static List<String> whyNot(BaseCalendar base, NewClosure c) {
        List<String> days = new ArrayList<>();
        c.firstDay().datesUntil(c.lastDay().plusDays(1)).limit(DAYS_LISTED).forEach(day -> days.add(day + " ("
                + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + "): "
                + base.closedBecause(day).orElse("a school day")));
        long more = ChronoUnit.DAYS.between(c.firstDay(), c.lastDay()) + 1 - DAYS_LISTED;
        if (more > 0) {
            days.add("and " + more + " more days, none of them a school day");
        }
        return days;
    }

    private String name(ProvisionId provision) {
        return directory.provisionNames(List.of(provision)).getOrDefault(provision, "provision " + provision);
    }

    private static void requireName(String who, String what) {
        if (who == null || who.isBlank()) {
            throw new CalendarInputException(what + " is required: pass the user's name");
        }
    }
}
