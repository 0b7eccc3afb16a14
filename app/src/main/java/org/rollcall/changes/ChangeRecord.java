package org.rollcall.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/**
 * A change heard on a call, as kept: who made it, when, on which call, and what was on record before and after,
 * both in words ("Alex Worker · 07700 900123"). {@code child} and {@code childName} are null for a change about the
 * school; {@code before} is null when nothing was on record.
 *
 * @param effectiveOn the day the child stopped being on roll, or starts at the new school; else null
 */
public record ChangeRecord(UUID id, ChangeKind kind, ChildId child, String childName, ProvisionId provision,
                           String provisionName, UUID callId, String madeBy, Instant madeAt, String before,
                           String after, LocalDate effectiveOn) {

    /** "social worker now Alex New · 07700 900456". */
    public String summary() {
        return switch (kind) {
            case NOT_ON_ROLL, MOVED_SCHOOL, UPN -> after;
            default -> kind.noun() + " now " + after;
        };
    }
}
