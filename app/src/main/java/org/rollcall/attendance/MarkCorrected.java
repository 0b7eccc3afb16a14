package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;

/**
 * A current mark was corrected from the QA review (ADR 0033): {@code newMarkId} superseded the mark that had
 * {@code oldCode}. Published with the usual {@link MarkRecorded} for the new mark, which keeps follow-ups, the
 * extranet and webhooks current; this one says it was a correction, why and by whom. {@code callId} is the call
 * the corrected mark was taken on (null for a mark not taken on a call).
 */
public record MarkCorrected(UUID callId, ChildId childId, AuthorityId authorityId, LocalDate date, Session session,
                            String oldCode, String newCode, CodeCategory oldCategory, CodeCategory newCategory,
                            String reason, String by, UUID newMarkId) {

    public boolean categoryChanged() {
        return oldCategory != newCategory;
    }
}
