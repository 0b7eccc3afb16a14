package org.rollcall.calendar;

import java.time.LocalDate;

import org.rollcall.directory.ProvisionId;
import org.rollcall.platform.FreeText;

/**
 * A closure heard of by an admin or an operator: the provision is closed from {@code firstDay} to {@code lastDay}
 * (both included) for {@code sessions}. {@code note} is optional (for example "boiler failure").
 */
public record NewClosure(ProvisionId provision, LocalDate firstDay, LocalDate lastDay, ClosedSessions sessions,
                         ClosureReason reason, String note) {

    public static final int MAX_NOTE = 500;

    public NewClosure {
        if (provision == null) {
            throw new CalendarInputException("a closure needs the provision that is closed (provisionId)");
        }
        if (firstDay == null || lastDay == null) {
            throw new CalendarInputException("a closure needs its first and last day (from, to), as YYYY-MM-DD");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new CalendarInputException("the closure's last day " + lastDay + " is before its first day "
                    + firstDay + ": give a last day on or after the first (the same day for a one-day closure)");
        }
        if (sessions == null) {
            throw new CalendarInputException("a closure needs its sessions: AM, PM or BOTH (the whole day)");
        }
        if (reason == null) {
            throw new CalendarInputException("a closure needs a reason: INSET_DAY, SEVERE_WEATHER or OTHER");
        }
        FreeText.problem(note, "the note", MAX_NOTE, false).ifPresent(problem -> {
            throw new CalendarInputException(problem);
        });
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
