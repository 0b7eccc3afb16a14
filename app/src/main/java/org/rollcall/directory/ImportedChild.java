package org.rollcall.directory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child as one row of an import file gives them (and as the directory holds them, for comparing). {@code school}
 * and {@code placementStart} (the open on-roll placement) are both given or both null; {@code localReference},
 * {@code upn}, {@code carer} and {@code socialWorker} may be null, but not both the reference and the UPN: a child
 * must be found again by a re-import.
 */
public record ImportedChild(AuthorityId authority, String localReference, Upn upn, String firstName,
                            String lastName, LocalDate dateOfBirth, int yearGroup, Cohort cohort, boolean inBorough,
                            SenStatus senStatus, ProvisionId school, LocalDate placementStart, ImportedContact carer,
                            ImportedContact socialWorker) {

    public ImportedChild {
        new NewChild(authority, upn, firstName, lastName, dateOfBirth, yearGroup, cohort, inBorough, senStatus);
        if (localReference == null && upn == null) {
            throw new IllegalArgumentException("a child needs the authority's own reference or a UPN, so that a "
                    + "later import finds them again");
        }
        if (localReference != null && !localReference.matches("[A-Za-z0-9/_.-]{1,40}")) {
            throw new IllegalArgumentException("the authority's reference '" + localReference + "' is not valid: "
                    + "use 1 to 40 letters, digits and / _ . -");
        }
        if ((school == null) != (placementStart == null)) {
            throw new IllegalArgumentException("a school needs the date the child's placement there starts (and a "
                    + "start date needs a school)");
        }
        Objects.requireNonNull(authority, "authority");
        firstName = firstName.strip();
        lastName = lastName.strip();
    }

    /** This row with the fields the file left blank taken from what the directory holds: blanks never erase. */
    public ImportedChild over(ImportedChild held) {
        return new ImportedChild(authority, localReference != null ? localReference : held.localReference,
                upn != null ? upn : held.upn, firstName, lastName, dateOfBirth, yearGroup, cohort, inBorough,
                senStatus, school != null ? school : held.school,
                school != null ? placementStart : held.placementStart,
                carer != null ? carer : held.carer, socialWorker != null ? socialWorker : held.socialWorker);
    }
}
