package org.rollcall.directory;

import java.util.Collection;
import java.util.List;

/**
 * Contacts found wrong while Rollcall used them (a carer's number that reached someone else, an email address that
 * cannot be sent to), listed for admins until corrected. Flagging is part of the caller's transaction and keeps one
 * open flag per contact (a second finding updates the reason).
 */
public interface ContactsToUpdate {

    /** Flags one of the directory's contacts; {@code found} is the number or address that was wrong. */
    void flag(ContactId contact, String found, String reason, String by);

    /** Flags an authority's duty address (escalation keeps it; admins correct it in its escalation settings). */
    void flagDutyAddress(AuthorityId authority, String found, String reason, String by);

    /** The duty address was changed: its flag, if any, is cleared. */
    void dutyAddressCorrected(AuthorityId authority, String by);

    /**
     * The open flags on these children's contacts, oldest first: on the school's card, for the operator to ask the
     * school whether it has the new number or address.
     */
    List<ContactToUpdate> openFor(Collection<ChildId> children);

    /**
     * The contact was replaced by what someone heard on a call (a carer's new number): its flag, if any, is cleared,
     * keeping who cleared it and when.
     */
    void replaced(ContactId contact, String by);

    /** Every open flag, oldest first. Admins only. */
    List<ContactToUpdate> list();

    /**
     * Replaces the contact's phone and email (either may be null, not both) and clears its flag, which keeps who
     * cleared it and when. Admins only.
     *
     * @throws IllegalArgumentException for an unknown contact, a bad email address, or neither phone nor email
     */
    ContactToUpdate correct(ContactId contact, UkPhoneNumber phone, String email, String by);
}
