package org.rollcall.calendar;

import java.util.List;

import org.rollcall.directory.ProvisionId;

/**
 * A closure was recorded: the provision is closed on these school days for these sessions. Attendance marks them
 * {@code #} (planned whole-school closure) for every child expected there; {@code description} goes on the marks.
 */
public record ProvisionClosed(ClosureId closureId, ProvisionId provisionId, List<ClosedDay> days,
                              String description, String recordedBy) {

    public ProvisionClosed {
        days = List.copyOf(days);
    }
}
