package org.rollcall.directory.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.rollcall.directory.ContactId;
import org.rollcall.directory.ContactToUpdate;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.directory.Directory;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.platform.web.BadRequestException;
import org.rollcall.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Admins list the contacts found wrong (wrong numbers, addresses that cannot be sent to) and correct them. */
@RestController
@RequestMapping("/api/v1/admin")
class ContactsToUpdateController {

    /**
     * @param contactId what to PUT to /api/v1/admin/contacts/{contactId}; null for a duty address
     * @param correctAt where it is corrected
     */
    record Entry(String contactId, String what, String name, String phone, String email, String found, String reason,
                 Instant flaggedAt, String flaggedBy, String correctAt) {
    }

    record Correction(String phone, String email) {
    }

    private final ContactsToUpdate contacts;
    private final Directory directory;

    ContactsToUpdateController(ContactsToUpdate contacts, Directory directory) {
        this.contacts = contacts;
        this.directory = directory;
    }

    @Operation(summary = "Contacts found wrong while Rollcall used them, oldest first, with why, when and by whom")
    @GetMapping("/contacts-to-update")
    List<Entry> list() {
        return contacts.list().stream().map(this::entry).toList();
    }

    @Operation(summary = "Correct a contact's phone and email (either may be empty, not both); clears its flag")
    @PutMapping("/contacts/{id}")
    Entry correct(@PathVariable String id, @RequestBody Correction body, Principal caller) {
        ContactId contact = new ContactId(BadRequestException.uuid(id, "a contact id"));
        UkPhoneNumber phone;
        try {
            phone = body.phone() == null || body.phone().isBlank() ? null : UkPhoneNumber.parse(body.phone());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("phone: " + e.getMessage());
        }
        try {
            ContactToUpdate corrected = contacts.correct(contact, phone, body.email(), caller.getName());
            if (corrected == null) {
                return new Entry(contact.toString(), null, null, phone == null ? null : "0" + phone.e164()
                        .substring(3), body.email() == null ? null : body.email().strip(), null, null, null, null,
                        null);
            }
            return entry(corrected);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("no contact with id")) {
                throw new NotFoundException(e.getMessage());
            }
            throw new BadRequestException(e.getMessage());
        }
    }

    private Entry entry(ContactToUpdate c) {
        String correctAt = c.contact() != null ? "PUT /api/v1/admin/contacts/" + c.contact()
                : "PUT /api/v1/admin/authorities/" + directory.authority(c.authority()).laCode() + "/escalation";
        return new Entry(c.contact() == null ? null : c.contact().toString(), c.what(), c.name(), c.phone(),
                c.email(), c.found(), c.reason(), c.flaggedAt(), c.flaggedBy(), correctAt);
    }
}
