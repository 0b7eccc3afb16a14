package org.rollcall.alternative;

import org.rollcall.directory.AlternativePlacement;

/** What a capture saved: the placement with its timetable, and whether the timetable is to be asked for again. */
public record Captured(AlternativePlacement placement, boolean timetableAsked) {

    /** One line, e.g. "At Bridge Skills Centre: Monday morning, Tuesday afternoon". */
    public String summary() {
        return AlternativeSummary.of(placement);
    }
}
