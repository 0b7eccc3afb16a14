package org.rollcall.alternative;

import java.util.stream.Collectors;

import org.rollcall.directory.AlternativePlacement;
import org.rollcall.directory.TimetabledSession;
import org.rollcall.platform.ui.HumanDates;

/** A placement in one line, as the form and the audit log say it. */
public final class AlternativeSummary {

    private AlternativeSummary() {
    }

    /** "At Bridge Skills Centre: Monday morning, Tuesday afternoon", or "…: timetable not known". */
    public static String of(AlternativePlacement p) {
        return "At " + p.provision().name() + ": " + (p.sessions().isEmpty() ? "timetable not known"
                : p.sessions().stream().map(TimetabledSession::label).collect(Collectors.joining(", ")));
    }

    /** With its dates, for the audit log: "… from Monday 30 November 2026 (no end date)". */
    public static String withDates(AlternativePlacement p) {
        return of(p) + ", from " + HumanDates.day(p.startsOn()) + (p.endsOn() == null ? " (no end date)"
                : " to " + HumanDates.day(p.endsOn()));
    }
}
