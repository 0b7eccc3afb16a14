package org.rollcall.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the erasure log: a pseudonymous reference (the erased child's surrogate id, which no longer leads to
 * a name), the authority, when, by whom, why, and how many recordings were to be deleted.
 */
public record ErasureEntry(UUID reference, String authority, Instant erasedAt, String erasedBy, boolean onRequest,
                           String reason, LocalDate leftOn, int recordings) {
}
