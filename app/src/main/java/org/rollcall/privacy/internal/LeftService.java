package org.rollcall.privacy.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a child left the service (ADR 0034): every placement they ever had (on roll and alternative) has ended before
 * today, and none starts later. The day they left is the last placement's end. A child with no placement at all was
 * never placed, so no leaving day is known and retention never erases them (an admin can, on request).
 */
public final class LeftService {

    private LeftService() {
    }

    /**
     * @param placements how many placements the child has had
     * @param anyCurrent whether one of them has no end, or ends today or later (current or future)
     * @param latestEnd the latest end among them
     */
    public static Optional<LocalDate> leftOn(int placements, boolean anyCurrent, LocalDate latestEnd,
                                             LocalDate today) {
        if (placements == 0 || anyCurrent || latestEnd == null || !latestEnd.isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(latestEnd);
    }

    /** Whether a child who left on {@code leftOn} is past a retention of {@code months} on {@code today}. */
    public static boolean pastRetention(LocalDate leftOn, int months, LocalDate today) {
        return today.isAfter(leftOn.plusMonths(months));
    }
}
