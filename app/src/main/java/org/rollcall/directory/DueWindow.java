package org.rollcall.directory;

import java.time.LocalTime;
import java.util.UUID;

/** A provision's call window that applies on a given day (frequency considered). */
public record DueWindow(UUID windowId, ProvisionId provisionId, LocalTime opensAt, LocalTime closesAt) {
}
