package org.rollcall.escalation.internal;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * When a missing exclusion letter is overdue: once {@code schoolDays} school days of the child's school have passed
 * after the day it was asked for (that day itself not counted). Weekends, bank holidays, holidays and closures do not
 * count, so a letter asked for on a Friday before half term is not overdue during the holiday.
 */
record LetterDeadline(int schoolDays) {

    LetterDeadline {
        if (schoolDays < 1) {
            throw new IllegalArgumentException("a letter is overdue after at least one school day");
        }
    }

    /** How far Rollcall looks back for school days; a year covers any gap between terms. */
    private static final int MAX_DAYS = 366;

    boolean overdue(LocalDate requestedOn, LocalDate today, Predicate<LocalDate> isSchoolDay) {
        int passed = 0;
        LocalDate day = requestedOn.plusDays(1);
        for (int i = 0; i < MAX_DAYS && !day.isAfter(today); i++, day = day.plusDays(1)) {
            if (isSchoolDay.test(day) && ++passed >= schoolDays) {
                return true;
            }
        }
        return false;
    }
}
