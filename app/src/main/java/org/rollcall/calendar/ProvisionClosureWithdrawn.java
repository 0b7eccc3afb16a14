package org.rollcall.calendar;

import java.time.LocalDate;
import java.util.List;

import org.rollcall.directory.ProvisionId;

/**
 * A closure was withdrawn as entered in error: its {@code #} marks are withdrawn too (kept in history).
 * {@code stillClosed} lists the sessions it covered that another live closure of the provision still closes, so
 * their {@code #} marks pass to that closure instead of going.
 */
public record ProvisionClosureWithdrawn(ClosureId closureId, ProvisionId provisionId, String withdrawnBy,
                                        List<StillClosed> stillClosed) {

    public record StillClosed(LocalDate date, DayPart session, ClosureId closureId, String description) {
    }

    public ProvisionClosureWithdrawn {
        stillClosed = List.copyOf(stillClosed);
    }
}
