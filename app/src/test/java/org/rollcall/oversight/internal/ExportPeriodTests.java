package org.rollcall.oversight.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rollcall.oversight.AuditRefusedException;

/** The period an audit export may cover: given, in order, and no longer than the retention (ADR 0033). */
class ExportPeriodTests {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 31);

    @Test
    void aPeriodUpToTheRetentionIsAccepted() {
        assertThatCode(() -> ExportPeriod.check(FROM, FROM, 24)).doesNotThrowAnyException();
        // 24 months from 31 January 2025 run to 30 January 2027 inclusive.
        assertThatCode(() -> ExportPeriod.check(FROM, LocalDate.of(2027, 1, 30), 24)).doesNotThrowAnyException();
    }

    @Test
    void aDayLongerThanTheRetentionIsRefusedNamingTheLastDayAccepted() {
        assertThatThrownBy(() -> ExportPeriod.check(FROM, LocalDate.of(2027, 1, 31), 24))
                .isInstanceOf(AuditRefusedException.class)
                .hasMessage("the period 2025-01-31 to 2027-01-31 is longer than the 24 months audit entries are "
                        + "kept: choose a last day no later than 2027-01-30");
    }

    @Test
    void aPeriodEndingBeforeItStartsOrNotGivenIsRefused() {
        assertThatThrownBy(() -> ExportPeriod.check(FROM, FROM.minusDays(1), 24))
                .hasMessage("the period ends (2025-01-30) before it starts (2025-01-31): choose a last day on or "
                        + "after the first");
        assertThatThrownBy(() -> ExportPeriod.check(null, FROM, 24)).hasMessageStartingWith("an export needs a period");
        assertThatThrownBy(() -> ExportPeriod.check(FROM, null, 24)).hasMessageStartingWith("an export needs a period");
    }

    @Test
    void actionsAreInWordsEvenWhenNotListed() {
        org.assertj.core.api.Assertions.assertThat(ActionLabels.label("VIEW_CHILD_ON_CALL"))
                .isEqualTo("viewed on a call");
        org.assertj.core.api.Assertions.assertThat(ActionLabels.label("WEBHOOK_SUBSCRIBED"))
                .isEqualTo("webhook subscribed");
        org.assertj.core.api.Assertions.assertThat(SubjectWords.of("introduction_letter"))
                .isEqualTo("an introduction letter");
    }
}
