package org.rollcall.moves;

import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ProvisionId;

/**
 * A move recorded.
 *
 * @param fromSchool the school the child was on roll at, null when none
 * @param schoolCreated whether the new school was set up by this move
 * @param introductionTask whether an "introduce the service" task is open for the new school
 * @param letterTo the address the introduction letter goes to, null when none was known (then it is in the outbox
 *     as undeliverable, for admins)
 */
public record MoveDone(UUID id, String fromSchool, ProvisionId school, String schoolName, LocalDate startsOn,
                       boolean schoolCreated, boolean introductionTask, String letterTo) {

    /** "moved from Ash Primary to Oakfield Primary, starting Monday 16 November 2026", as a record says it. */
    public String summary() {
        return "moved " + (fromSchool == null ? "" : "from " + fromSchool + " ") + "to " + schoolName + ", starting "
                + org.rollcall.platform.ui.HumanDates.day(startsOn);
    }
}
