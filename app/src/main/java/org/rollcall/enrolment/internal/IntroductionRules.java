package org.rollcall.enrolment.internal;

import java.time.LocalDate;
import java.time.Period;

/** Who gets an introduction letter when a child joins; no database, so the age boundary is unit-tested. */
final class IntroductionRules {

    /** The seed's FAQ: letters to carers and to young people over 16 (16 and over, on the day). */
    static final int YOUNG_PERSON_AGE = 16;

    private IntroductionRules() {
    }

    /** Whether the child is 16 or over on {@code day}: a 29 February birthday turns 16 on 28 February. */
    static boolean youngPersonLetter(LocalDate dateOfBirth, LocalDate day) {
        return !dateOfBirth.plusYears(YOUNG_PERSON_AGE).isAfter(day);
    }

    /**
     * Whether a first on-roll placement is a child joining now: it starts no earlier than {@code lookBack} before
     * today. An older start is the past being loaded (an import, the demo's history): nobody is written to about it.
     */
    static boolean joiningNow(LocalDate startsOn, LocalDate today, Period lookBack) {
        return !startsOn.isBefore(today.minus(lookBack));
    }
}
