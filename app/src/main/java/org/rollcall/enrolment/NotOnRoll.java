package org.rollcall.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * A child who left a school's roll with no new school, as the authority's list shows it.
 *
 * @param upn the child's UPN, or null when none is on record
 * @param lastDay the last day on roll; the child is not on roll since the day after ({@link #since()})
 * @param newSchool a school the child was placed on roll at since, or null while none is recorded
 * @param newSchoolFrom when the child started there, or null
 */
public record NotOnRoll(UUID id, ChildId child, String childName, String upn, ProvisionId provision, String lastSchool,
                        LocalDate lastDay, NotOnRollSource source, String recordedBy, Instant recordedAt, String note,
                        String newSchool, LocalDate newSchoolFrom) {

    /** The first day the child is not on roll. */
    public LocalDate since() {
        return lastDay.plusDays(1);
    }
}
