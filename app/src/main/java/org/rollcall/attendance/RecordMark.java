package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * A mark heard on a call (or entered later). {@code callId} and {@code offsetSeconds}, the moment in that call's
 * recording, are null for marks not taken on a call.
 */
public record RecordMark(ChildId childId, ProvisionId provisionId, LocalDate date, Session session, String code,
                         String reason, UUID callId, Integer offsetSeconds, String recordedBy) {
}
