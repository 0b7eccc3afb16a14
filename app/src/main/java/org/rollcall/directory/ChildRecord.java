package org.rollcall.directory;

import java.time.LocalDate;
import java.util.List;

/** A child's full record as an authority user sees it; every read of it is audited. */
public record ChildRecord(ChildId id, AuthorityId authorityId, Upn upn, String firstName, String lastName,
                          LocalDate dateOfBirth, int yearGroup, Cohort cohort, boolean inBorough, SenStatus senStatus,
                          List<Placement> placements, List<Contact> contacts) {

    public record Placement(ProvisionId provisionId, String provisionName, PlacementKind kind, LocalDate startsOn,
                            LocalDate endsOn) {
    }

    /** {@code id} is what a wrong number or address is flagged on (ContactsToUpdate). */
    public record Contact(ContactId id, ContactRole role, String name, String phone, String email) {
    }
}
