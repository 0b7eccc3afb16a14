package org.rollcall.privacy;

import java.time.LocalDate;
import java.util.UUID;

/** A child found by name or UPN on the data-protection screen; {@code leftOn} null while still in the service. */
public record ChildFound(UUID id, String name, String upn, LocalDate dateOfBirth, String authority,
                         boolean inService, LocalDate leftOn, boolean erased) {
}
