package org.rollcall.capacity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.rollcall.accounts.UserId;

/**
 * Who works when (ADR 0045): operators' shifts by day, kept by supervisors. Every change is audited with what was
 * there before and after. Refused with a clear message: a user who is not an operator, a shift that ends before it
 * starts, a shift overlapping another of the same operator's that day.
 */
public interface Rosters {

    /** The day's shifts, by start then operator name. */
    List<RosteredShift> shifts(LocalDate day);

    /** The day's shifts as the day model's roster, or empty when nobody is rostered. */
    List<Shift> roster(LocalDate day);

    /** Adds a shift; {@code by} is who did it (for the audit log). */
    RosteredShift add(LocalDate day, UserId operator, LocalTime starts, LocalTime ends, String by);

    /** Removes a shift; false when there was none with that id (already removed). */
    boolean remove(UUID shift, String by);

    /**
     * Copies every shift of {@code from} to {@code to} (supervisors roster the same pattern each week), skipping any
     * that would overlap a shift already on {@code to}; returns how many were copied.
     */
    int copy(LocalDate from, LocalDate to, String by);

    /** Operators who may be rostered, by name. */
    List<Operator> operators();

    record Operator(UserId id, String name) {
    }
}
