package org.rollcall.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The children admin screen's store (issue 14, ADR 0042): a paged, filtered list that stays fast at 90,000 children,
 * a child's details, and changes to the child, their placements and their contacts. Each method is one transaction;
 * the caller (the administration module) audits in it. Bad input is refused with an {@link IllegalArgumentException}
 * naming the field, what was wrong and what is accepted.
 */
public interface ChildAdmin {

    /**
     * What the list shows: {@code text} matches part of the name (any case), the start of the UPN or of the
     * authority's own reference; null filters do not filter; {@code upnToCollect} lists only children with no UPN.
     */
    record ChildFilter(String text, AuthorityId authority, Cohort cohort, Boolean inBorough, Integer yearGroup,
                       boolean upnToCollect) {

        public static ChildFilter all() {
            return new ChildFilter(null, null, null, null, null, false);
        }
    }

    /** One child as the list shows it; {@code upn} null means "to collect". */
    record ChildLine(ChildId id, AuthorityId authority, String authorityName, Upn upn, String localReference,
                     String firstName, String lastName, LocalDate dateOfBirth, int yearGroup, Cohort cohort,
                     boolean inBorough, SenStatus senStatus) {
    }

    /** The fields an admin edits; {@code localReference} (the authority's own reference) may be null. */
    record ChildFields(NewChild child, String localReference) {
    }

    record PlacementLine(UUID id, ProvisionId provision, String provisionName, PlacementKind kind,
                         LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * A contact; {@code provisionName} is set for the designated teacher of a provision the child is placed at
     * (they belong to the provision, so they are shown here and edited with it).
     */
    record ContactLine(ContactId id, ContactRole role, String name, String phone, String email,
                       String provisionName) {
    }

    record ChildDetails(ChildLine child, List<PlacementLine> placements, List<ContactLine> contacts) {
    }

    List<ChildLine> search(ChildFilter filter, int offset, int limit);

    long count(ChildFilter filter);

    Optional<ChildDetails> details(ChildId child);

    /** @throws IllegalArgumentException for a duplicate UPN or reference, or a date of birth in the future */
    ChildId create(ChildFields fields);

    /** Replaces the child's fields (the authority stays); the same rules as {@link #create}. */
    void update(ChildId child, ChildFields fields);

    /**
     * Places the child from {@code startsOn} to {@code endsOn} (null: open); on-roll placements may not overlap
     * (a child is on roll at one school at a time), an alternative one must be at an AP or PRU.
     */
    UUID addPlacement(ChildId child, ProvisionId provision, PlacementKind kind, LocalDate startsOn, LocalDate endsOn);

    /** Ends the placement on {@code lastDay}, on or after its start. */
    void endPlacement(ChildId child, UUID placement, LocalDate lastDay);

    /** A carer or social worker, reachable by phone, email or both (a designated teacher belongs to a provision). */
    ContactId addContact(ChildId child, ContactRole role, String name, UkPhoneNumber phone, String email);

    void updateContact(ChildId child, ContactId contact, String name, UkPhoneNumber phone, String email);

    void removeContact(ChildId child, ContactId contact);
}
