package org.rollcall.attendance;

import java.util.UUID;

/**
 * A correction of the current mark {@code markId} to {@code code}. {@code reason} says why (required, kept with the
 * new mark) and, for an absence code, is also the new mark's reason. {@code by} is who corrected it.
 */
public record CorrectMark(UUID markId, String code, String reason, String by) {
}
