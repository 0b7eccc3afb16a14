package org.rollcall.calendar.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rollcall.calendar.CalendarSnapshot;
import org.rollcall.calendar.DayPart;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionPlace;
import org.rollcall.directory.ProvisionId;

/**
 * Every provision's open sessions over a range, one byte per day (bit 1 = AM, bit 2 = PM). Provisions of the same
 * nation and authority share one array; only provisions with a closure in the range get an array of their own. So
 * 25,000 provisions over 30 days cost a map of 25,000 references and a few hundred small arrays.
 */
final class MemorySnapshot implements CalendarSnapshot {

    private static final byte AM = 1;
    private static final byte PM = 2;
    private static final byte BOTH = AM | PM;
    private static final OpenSessions[] SESSIONS = {OpenSessions.NONE, OpenSessions.AM_ONLY, OpenSessions.PM_ONLY,
            OpenSessions.BOTH};

    private final LocalDate from;
    private final LocalDate to;
    private final long fromEpochDay;
    private final long toEpochDay;
    private final Map<ProvisionId, byte[]> days;

    private MemorySnapshot(LocalDate from, LocalDate to, Map<ProvisionId, byte[]> days) {
        this.from = from;
        this.to = to;
        this.fromEpochDay = from.toEpochDay();
        this.toEpochDay = to.toEpochDay();
        this.days = days;
    }

    static MemorySnapshot build(LocalDate from, LocalDate to, List<ProvisionPlace> places, CalendarData data) {
        int length = Math.toIntExact(ChronoUnit.DAYS.between(from, to) + 1);
        record Key(Nation nation, AuthorityId authority) {
        }
        Map<Key, byte[]> shared = new HashMap<>();
        Map<ProvisionId, byte[]> days = HashMap.newHashMap(places.size());
        for (ProvisionPlace place : places) {
            // An authority without terms has the same days as no authority: share that array too.
            Key key = new Key(place.nation(), data.hasTerms(place.localAuthority()) ? place.localAuthority() : null);
            byte[] base = shared.computeIfAbsent(key, k -> baseDays(data.base(k.nation(), k.authority()), from,
                    length));
            List<CalendarData.Span> closures = data.closures().get(place.id());
            days.put(place.id(), closures == null ? base : withClosures(base, closures, from));
        }
        return new MemorySnapshot(from, to, days);
    }

    private static byte[] baseDays(BaseCalendar base, LocalDate from, int length) {
        byte[] days = new byte[length];
        for (int i = 0; i < length; i++) {
            days[i] = base.isSchoolDay(from.plusDays(i)) ? BOTH : 0;
        }
        return days;
    }

    private static byte[] withClosures(byte[] base, List<CalendarData.Span> closures, LocalDate from) {
        byte[] days = base.clone();
        for (CalendarData.Span closure : closures) {
            int mask = (closure.sessions().covers(DayPart.AM) ? AM : 0) | (closure.sessions().covers(DayPart.PM)
                    ? PM : 0);
            long first = Math.max(0, ChronoUnit.DAYS.between(from, closure.firstDay()));
            long last = Math.min(days.length - 1, ChronoUnit.DAYS.between(from, closure.lastDay()));
            for (long i = first; i <= last; i++) {
                days[(int) i] &= (byte) ~mask;
            }
        }
        return days;
    }

    @Override
    public OpenSessions open(ProvisionId provision, LocalDate day) {
        int index = index(day);
        byte[] provisionDays = days.get(provision);
        return provisionDays == null ? OpenSessions.NONE : SESSIONS[provisionDays[index]];
    }

    @Override
    public boolean isSchoolDay(ProvisionId provision, LocalDate day) {
        return open(provision, day).any();
    }

    @Override
    public Optional<LocalDate> nextSchoolDay(ProvisionId provision, LocalDate onOrAfter) {
        byte[] provisionDays = days.get(provision);
        if (provisionDays == null || onOrAfter.isAfter(to)) {
            return Optional.empty();
        }
        for (int i = onOrAfter.isBefore(from) ? 0 : index(onOrAfter); i < provisionDays.length; i++) {
            if (provisionDays[i] != 0) {
                return Optional.of(from.plusDays(i));
            }
        }
        return Optional.empty();
    }

    /** Open sessions over [first, last] within the range: attendance's possible sessions. */
    int possibleSessions(ProvisionId provision, LocalDate first, LocalDate last) {
        byte[] provisionDays = days.get(provision);
        int count = 0;
        int end = index(last);
        for (int i = index(first); provisionDays != null && i <= end; i++) {
            count += SESSIONS[provisionDays[i]].count();
        }
        return count;
    }

    private int index(LocalDate day) {
        long epochDay = day.toEpochDay();
        if (epochDay < fromEpochDay || epochDay > toEpochDay) {
            throw new IllegalArgumentException(day + " is outside this calendar snapshot (" + from + " to " + to
                    + "): take a snapshot that covers it");
        }
        return (int) (epochDay - fromEpochDay);
    }
}
