package org.rollcall.schoolfeed.internal;

import java.time.Instant;

/**
 * One marks file as imported: how many rows, and what they did (added or replacing the school's earlier marks, left
 * as they were, kept beside a call's differing mark). {@code repeated} is true when the same file had already been
 * imported and nothing changed.
 */
public record MarksImported(String fileName, String importedBy, Instant importedAt, int rows, int added,
                            int unchanged, int differing, boolean repeated) {
}
