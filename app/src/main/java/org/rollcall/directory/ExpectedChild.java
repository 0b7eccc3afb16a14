package org.rollcall.directory;

import java.time.LocalDate;

/** A child Rollcall expects at a provision on a day, with what the operator needs to identify them. */
public record ExpectedChild(ChildId id, AuthorityId authorityId, Upn upn, String firstName, String lastName,
                            LocalDate dateOfBirth, int yearGroup, PlacementKind placement) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String yearGroupLabel() {
        return yearGroup == 0 ? "Reception" : "Year " + yearGroup;
    }
}
