package org.rollcall.enrolment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/** Who gets an introduction letter: 16 or over on the day; only a child joining now, not the past loaded. */
class IntroductionRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aYoungPersonGetsALetterFromTheirSixteenthBirthday() {
        assertThat(IntroductionRules.youngPersonLetter(LocalDate.of(2010, 12, 2), TODAY)).isTrue();
        assertThat(IntroductionRules.youngPersonLetter(LocalDate.of(2010, 12, 3), TODAY)).isFalse();
        assertThat(IntroductionRules.youngPersonLetter(LocalDate.of(2000, 1, 1), TODAY)).isTrue();
        assertThat(IntroductionRules.youngPersonLetter(LocalDate.of(2016, 1, 1), TODAY)).isFalse();
    }

    @Test
    void aPlacementStartingLongerAgoThanTheLookBackIsNotJoining() {
        Period fourWeeks = Period.ofDays(28);
        assertThat(IntroductionRules.joiningNow(TODAY, TODAY, fourWeeks)).isTrue();
        assertThat(IntroductionRules.joiningNow(TODAY.plusDays(10), TODAY, fourWeeks)).isTrue();
        assertThat(IntroductionRules.joiningNow(TODAY.minusDays(28), TODAY, fourWeeks)).isTrue();
        assertThat(IntroductionRules.joiningNow(TODAY.minusDays(29), TODAY, fourWeeks)).isFalse();
        assertThat(IntroductionRules.joiningNow(TODAY.minusMonths(3), TODAY, fourWeeks)).isFalse();
    }
}
