package org.rollcall.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class LetterDeadlineTests {

    // Weekdays only, and the half term of 2027's February (Monday 15 to Friday 19) closed.
    private static final Set<LocalDate> HALF_TERM = Set.of(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 16),
            LocalDate.of(2027, 2, 17), LocalDate.of(2027, 2, 18), LocalDate.of(2027, 2, 19));
    private static final Predicate<LocalDate> SCHOOL_DAY = d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY
            .getValue() && !HALF_TERM.contains(d);

    private final LetterDeadline fiveDays = new LetterDeadline(5);

    @Test
    void aLetterAskedForOnAWednesdayIsOverdueOnTheFifthSchoolDayAfter() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        assertThat(fiveDays.overdue(wednesday, wednesday, SCHOOL_DAY)).isFalse();
        assertThat(fiveDays.overdue(wednesday, LocalDate.of(2026, 12, 8), SCHOOL_DAY)).isFalse(); // 4: Thu Fri Mon Tue
        assertThat(fiveDays.overdue(wednesday, LocalDate.of(2026, 12, 9), SCHOOL_DAY)).isTrue(); // the 5th, Wednesday
    }

    @Test
    void weekendsAndHolidaysDoNotCount() {
        LocalDate fridayBeforeHalfTerm = LocalDate.of(2027, 2, 12);
        assertThat(fiveDays.overdue(fridayBeforeHalfTerm, LocalDate.of(2027, 2, 21), SCHOOL_DAY)).isFalse();
        assertThat(fiveDays.overdue(fridayBeforeHalfTerm, LocalDate.of(2027, 2, 25), SCHOOL_DAY)).isFalse();
        assertThat(fiveDays.overdue(fridayBeforeHalfTerm, LocalDate.of(2027, 2, 26), SCHOOL_DAY)).isTrue();
    }

    @Test
    void aDeadlineOfNoSchoolDaysIsRefused() {
        assertThatThrownBy(() -> new LetterDeadline(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a letter is overdue after at least one school day");
    }
}
