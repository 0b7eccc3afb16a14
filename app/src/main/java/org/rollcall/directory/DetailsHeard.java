package org.rollcall.directory;

import java.util.Optional;

/**
 * Corrections to a child's or a provision's details heard on a call (the changes module records who, when and which
 * call). Each joins the caller's transaction and returns what was on record before, so the change can be audited
 * with its before and after. Validation of the values is the caller's; these refuse only what the data cannot hold.
 */
public interface DetailsHeard {

    /**
     * Replaces the child's carer or social worker (the first on record, as escalation calls them), or adds one when
     * there is none. {@code phone} and {@code email} may be null, not both.
     *
     * @return the contact as it was, empty when there was none
     * @throws IllegalArgumentException for a designated teacher (the provision's), an unknown child, no name, or
     *     neither phone nor email
     */
    Optional<ChildRecord.Contact> replaceContact(ChildId child, ContactRole role, String name, UkPhoneNumber phone,
                                                 String email);

    /** The provision's designated teacher (the first on record); empty when none. */
    Optional<ChildRecord.Contact> designatedTeacher(ProvisionId provision);

    /** Replaces the provision's designated teacher, or adds one; returns the one before, empty when none. */
    Optional<ChildRecord.Contact> replaceDesignatedTeacher(ProvisionId provision, String name, UkPhoneNumber phone,
                                                           String email);

    /** Sets the child's SEN status; returns the one before. */
    SenStatus setSenStatus(ChildId child, SenStatus status);

    /** The child holding the UPN, if any. */
    Optional<ChildId> childWithUpn(Upn upn);

    /**
     * Gives a child whose UPN was not known its UPN.
     *
     * @throws IllegalArgumentException when the child already has a UPN or another child holds this one
     */
    void setMissingUpn(ChildId child, Upn upn);
}
