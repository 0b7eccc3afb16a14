package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;

/** A current mark was recorded or corrected. */
public record MarkRecorded(UUID markId, ChildId childId, AuthorityId authorityId, LocalDate date, Session session,
                           String code, CodeCategory category, UUID callId) {
}
