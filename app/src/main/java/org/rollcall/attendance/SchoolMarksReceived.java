package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.Set;

/** Marks from schools' systems or designated teachers were saved for these days: calls may no longer be needed. */
public record SchoolMarksReceived(Set<LocalDate> dates) {

    public SchoolMarksReceived {
        dates = Set.copyOf(dates);
    }
}
