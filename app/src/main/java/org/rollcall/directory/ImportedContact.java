package org.rollcall.directory;

import org.rollcall.platform.EmailAddress;

/** A carer, social worker or designated teacher as an import gives them: a name, and a phone number, an email or both. */
public record ImportedContact(String name, UkPhoneNumber phone, EmailAddress email) {

    public ImportedContact {
        NewProvision.requireText(name, "the contact's name");
        name = name.strip();
        if (phone == null && email == null) {
            throw new IllegalArgumentException("a contact needs a phone number, an email address or both");
        }
    }
}
