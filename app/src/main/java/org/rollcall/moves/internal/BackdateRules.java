package org.rollcall.moves.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.rollcall.attendance.Session;
import org.rollcall.moves.BackdateEntry;
import org.rollcall.platform.ui.HumanDates;

/**
 * Where a backdated mark may go, with no database: on or after the start date, not after today, and on a session the
 * school was open (per its calendar: weekends, bank holidays and closures are not). The code itself is the register's
 * to check (attendance), as for any mark.
 */
final class BackdateRules {

    private BackdateRules() {
    }

    /**
     * @param open whether the school was open for that session of that day
     * @return the problem per cell; empty when every entry may be recorded
     */
    static Map<BackdateEntry.Slot, String> check(List<BackdateEntry> entries, String childName, String school,
                                                 LocalDate startsOn, LocalDate today,
                                                 BiPredicate<LocalDate, Session> open) {
        Map<BackdateEntry.Slot, String> problems = new LinkedHashMap<>();
        for (BackdateEntry e : entries) {
            if (e.date() == null || e.session() == null) {
                problems.put(e.slot(), "a backdated mark needs its day and session (morning or afternoon)");
            } else if (e.date().isBefore(startsOn)) {
                problems.put(e.slot(), HumanDates.day(e.date()) + " is before " + childName + " started at " + school
                        + " on " + HumanDates.day(startsOn) + ": enter marks from that day on");
            } else if (e.date().isAfter(today)) {
                problems.put(e.slot(), HumanDates.day(e.date()) + " is after today (" + HumanDates.day(today)
                        + "): only days that have happened can be marked");
            } else if (!open.test(e.date(), e.session())) {
                problems.put(e.slot(), HumanDates.day(e.date()) + (e.session() == Session.AM ? " morning" :
                        " afternoon") + " was not a school session at " + school + " (a weekend, a bank holiday, "
                        + "outside term or a closure): leave it empty");
            }
        }
        return problems;
    }
}
