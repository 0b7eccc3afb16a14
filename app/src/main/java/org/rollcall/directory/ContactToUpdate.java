package org.rollcall.directory;

import java.time.Instant;

/**
 * A contact someone found wrong, waiting for an admin to correct it.
 *
 * @param contact the contact to correct, or null for an authority's duty address (corrected in its escalation
 *     settings)
 * @param what whose contact it is, in words: "Carer of Robin Example", "Duty address of Ticking Borough"
 * @param name the contact's name (the authority's name for a duty address)
 * @param phone the phone number on record, for people (07700 900123), or null
 * @param email the email address on record, or null
 * @param found the number or address that was found wrong
 * @param reason why it needs updating, in words
 */
public record ContactToUpdate(ContactId contact, AuthorityId authority, String what, String name, String phone,
                              String email, String found, String reason, Instant flaggedAt, String flaggedBy) {
}
