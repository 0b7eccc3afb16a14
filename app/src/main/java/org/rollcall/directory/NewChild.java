package org.rollcall.directory;

import java.time.LocalDate;
import java.util.Objects;

/** A child to monitor. {@code upn} may be null until the school gives it. */
public record NewChild(AuthorityId authorityId, Upn upn, String firstName, String lastName, LocalDate dateOfBirth,
                       int yearGroup, Cohort cohort, boolean inBorough, SenStatus senStatus) {

    public NewChild {
        Objects.requireNonNull(authorityId, "authority");
        NewProvision.requireText(firstName, "the child's first name");
        NewProvision.requireText(lastName, "the child's last name");
        Objects.requireNonNull(dateOfBirth, "date of birth");
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(senStatus, "SEN status");
        if (yearGroup < 0 || yearGroup > 14) {
            throw new IllegalArgumentException("year group " + yearGroup + " is out of range: use 0 for Reception, "
                    + "1 to 14 otherwise");
        }
    }
}
