package org.rollcall.enrolment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rollcall.enrolment.NotOnRollRefusedException;
import org.rollcall.enrolment.NotOnRollRefusedException.Field;

/** Each refusal of "not on roll" names its input and says what is accepted; a good last day passes. */
class NotOnRollRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate STARTED = LocalDate.of(2026, 9, 3);

    @Test
    void aLastDayFromThePlacementStartToTodayIsAccepted() {
        assertThat(NotOnRollRules.check("Robin Example", "Oak Primary", STARTED, STARTED, TODAY, null)).isEmpty();
        assertThat(NotOnRollRules.check("Robin Example", "Oak Primary", STARTED, TODAY, TODAY, "moved abroad"))
                .isEmpty();
    }

    @Test
    void aLastDayInTheFutureIsRefusedSayingWhatIsAccepted() {
        NotOnRollRefusedException e = NotOnRollRules.check("Robin Example", "Oak Primary", STARTED,
                TODAY.plusDays(1), TODAY, null).orElseThrow();
        assertThat(e.field()).isEqualTo(Field.LAST_DAY);
        assertThat(e.getMessage()).startsWith("3 December 2026 is in the future").contains(
                "a day from 3 September 2026 (when the child's placement at Oak Primary started) to today "
                        + "(2 December 2026)");
    }

    @Test
    void aLastDayBeforeThePlacementStartedIsRefused() {
        NotOnRollRefusedException e = NotOnRollRules.check("Robin Example", "Oak Primary", STARTED,
                STARTED.minusDays(1), TODAY, null).orElseThrow();
        assertThat(e.field()).isEqualTo(Field.LAST_DAY);
        assertThat(e.getMessage()).startsWith("2 September 2026 is before the child's placement at Oak Primary "
                + "started");
        assertThat(NotOnRollRules.check("Robin Example", "Oak Primary", STARTED, null, TODAY, null).orElseThrow()
                .getMessage()).startsWith("enter the child's last day on roll at Oak Primary");
    }

    @Test
    void aChildNotOnRollAtThatSchoolIsRefusedBeforeTheDateIsLookedAt() {
        NotOnRollRefusedException e = NotOnRollRules.check("Robin Example", "Oak Primary", null, TODAY.plusYears(1),
                TODAY, null).orElseThrow();
        assertThat(e.field()).isEqualTo(Field.CHILD);
        assertThat(e.getMessage()).isEqualTo("Robin Example is not on roll at Oak Primary: choose the school the "
                + "child is on roll at now (a school move is recorded as a move, not as not on roll)");
    }

    @Test
    void aNoteWithControlCharactersOrTooLongIsRefused() {
        assertThat(NotOnRollRules.check("Robin Example", "Oak Primary", STARTED, TODAY, TODAY, "x".repeat(501))
                .orElseThrow().field()).isEqualTo(Field.NOTE);
    }
}
