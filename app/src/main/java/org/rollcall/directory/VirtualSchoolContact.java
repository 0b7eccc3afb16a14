package org.rollcall.directory;

import org.rollcall.platform.EmailAddress;
import org.rollcall.platform.FreeText;

/** Who at the authority's Virtual School Rollcall deals with: a name and an email or a phone number (or both). */
public record VirtualSchoolContact(String name, EmailAddress email, UkPhoneNumber phone) {

    public VirtualSchoolContact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the Virtual School contact's name is required, for example "
                    + "\"Virtual School head\" or a person's name");
        }
        name = FreeText.checked(name.strip(), "the Virtual School contact's name", FreeText.MAX_NAME, false);
        if (email == null && phone == null) {
            throw new IllegalArgumentException("the Virtual School contact needs an email address or a UK "
                    + "telephone number (or both)");
        }
    }

    String describe() {
        return name + " <" + (email == null ? "no email" : email.value()) + ", "
                + (phone == null ? "no phone" : phone.spoken()) + ">";
    }
}
