package org.rollcall.moves;

import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ChildId;

/**
 * A move to record: the child starts at the new school on {@code startsOn}. {@code callId} is the call it was heard
 * on, null when an admin records it.
 */
public record NewMove(ChildId child, LocalDate startsOn, MoveTo to, UUID callId) {
}
