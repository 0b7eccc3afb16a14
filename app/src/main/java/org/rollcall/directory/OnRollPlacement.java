package org.rollcall.directory;

import java.time.LocalDate;

/**
 * A child's on-roll placement as statistics need it: who (name, UPN, cohort, in or out of borough) and where (the
 * school, its nation) from {@code startsOn} to {@code endsOn} (null while open).
 */
public record OnRollPlacement(ChildId child, String firstName, String lastName, String upn, Cohort cohort,
                              boolean inBorough, ProvisionId school, String schoolName, Nation nation,
                              LocalDate startsOn, LocalDate endsOn) {

    public String childName() {
        return firstName + " " + lastName;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
