package org.rollcall.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rollcall.directory.ProvisionId;

/**
 * A recorded closure. {@code schoolDays} are the days in its range that are school days without it (the days its
 * sessions close); {@code withdrawnBy} and {@code withdrawnAt} are null unless it was withdrawn as entered in error.
 */
public record Closure(ClosureId id, ProvisionId provision, String provisionName, LocalDate firstDay,
                      LocalDate lastDay, ClosedSessions sessions, ClosureReason reason, String note,
                      String recordedBy, Instant recordedAt, String withdrawnBy, Instant withdrawnAt,
                      List<LocalDate> schoolDays) {

    public Closure {
        schoolDays = List.copyOf(schoolDays);
    }

    public boolean live() {
        return withdrawnAt == null;
    }

    /** How the closure is described on a {@code #} mark: the reason and the note, if any. */
    public String description() {
        return describe(reason, note);
    }

    public static String describe(ClosureReason reason, String note) {
        return "Closed: " + reason.label() + (note == null ? "" : " (" + note + ")");
    }
}
