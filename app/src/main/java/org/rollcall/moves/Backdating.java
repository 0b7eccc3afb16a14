package org.rollcall.moves;

import java.util.List;
import java.util.UUID;

import org.rollcall.directory.ProvisionId;

/** The marks of a moved child from the start date at the new school, entered on that school's call. */
public interface Backdating {

    /** A move whose marks are still to backdate at this school: the child and the first day. */
    record Due(UUID move, String childName, java.time.LocalDate startsOn, long missing) {

        /** "Backdate Ella Evans's marks from Monday 16 November 2026". */
        public String label() {
            return "Backdate " + childName + "'s marks from " + org.rollcall.platform.ui.HumanDates.day(startsOn);
        }
    }

    /** Open backdates at the school with at least one school-day session before today still without a mark. */
    List<Due> dueAt(ProvisionId school);

    BackdateSheet sheet(UUID move);

    /**
     * Records the entries, each with its own date, all or none; closes the backdate when every session of the sheet
     * has a mark.
     *
     * @param callId the call they were heard on, or null
     * @return the sheet as it is now
     * @throws BackdateRefusedException per cell: before the start date, after today, not a school day (or that
     *     session closed), or a code the register refuses; nothing is saved
     */
    BackdateSheet save(UUID move, List<BackdateEntry> entries, UUID callId, String who);
}
