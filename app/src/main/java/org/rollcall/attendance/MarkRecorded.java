package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;

/**
 * A current mark was recorded or corrected; {@code excluded} is the operator's "excluded" tick on it. For screens;
 * modules that act on marks listen for the batch, {@link MarksRecorded} (ADR 0052).
 */
public record MarkRecorded(UUID markId, ChildId childId, AuthorityId authorityId, LocalDate date, Session session,
                           String code, CodeCategory category, UUID callId, boolean excluded) {

    /** A mark without the "excluded" tick. */
    public MarkRecorded(UUID markId, ChildId childId, AuthorityId authorityId, LocalDate date, Session session,
                        String code, CodeCategory category, UUID callId) {
        this(markId, childId, authorityId, date, session, code, category, callId, false);
    }
}
