package org.rollcall.qa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.qa.ReviewRefusedException;

/** The weighted score, the thresholds and what a template refuses. */
class ScoringTests {

    private static final ScorecardTemplate TEMPLATE = new ScorecardTemplate(null, "Standard", 5,
            new BigDecimal("80"), new BigDecimal("60"), List.of(
            new Criterion("Greeting given", BigDecimal.ONE, 0, 2),
            new Criterion("Every child asked", new BigDecimal("3"), 0, 4)));

    @Test
    void eachScoreCountsWithinItsOwnRangeTimesItsWeight() {
        // 1/2 × 1 + 4/4 × 3 = 3.5 of 4 = 87.5 %
        assertThat(Scoring.percent(TEMPLATE, List.of(1, 4))).isEqualByComparingTo("87.50");
        assertThat(Scoring.percent(TEMPLATE, List.of(0, 0))).isEqualByComparingTo("0");
        assertThat(Scoring.percent(TEMPLATE, List.of(2, 4))).isEqualByComparingTo("100");
    }

    @Test
    void theThresholdsGivePassNeedsCoachingAndFailWithTheirBoundsIncluded() {
        assertThat(Scoring.result(TEMPLATE, new BigDecimal("80"))).isEqualTo(ReviewResult.PASS);
        assertThat(Scoring.result(TEMPLATE, new BigDecimal("79.99"))).isEqualTo(ReviewResult.NEEDS_COACHING);
        assertThat(Scoring.result(TEMPLATE, new BigDecimal("60"))).isEqualTo(ReviewResult.NEEDS_COACHING);
        assertThat(Scoring.result(TEMPLATE, new BigDecimal("59.99"))).isEqualTo(ReviewResult.FAIL);
        // 0/2 × 1 + 2/4 × 3 = 1.5 of 4 = 37.5 %
        assertThat(Scoring.result(TEMPLATE, Scoring.percent(TEMPLATE, List.of(0, 2)))).isEqualTo(ReviewResult.FAIL);
    }

    @Test
    void aScoreOutsideItsRangeOrMissingIsRefusedNamingTheCriterionAndTheRange() {
        assertThatThrownBy(() -> Scoring.percent(TEMPLATE, List.of(3, 4))).isInstanceOf(ReviewRefusedException.class)
                .hasMessage("\"Greeting given\" scored 3, outside its range: give a score from 0 to 2.");
        assertThatThrownBy(() -> Scoring.percent(TEMPLATE, List.of(1, -1)))
                .hasMessage("\"Every child asked\" scored -1, outside its range: give a score from 0 to 4.");
        assertThatThrownBy(() -> Scoring.percent(TEMPLATE, Arrays.asList(1, null)))
                .hasMessage("\"Every child asked\" has no score: give one from 0 to 4.");
        assertThatThrownBy(() -> Scoring.percent(TEMPLATE, List.of(1)))
                .hasMessage("Score every criterion: 2 scores are needed, 1 were given.");
    }

    @Test
    void weightsThatDoNotMakeSenseAndEmptyNamesAreRefused() {
        assertThatThrownBy(() -> new Criterion("Password checked", BigDecimal.ZERO, 0, 2))
                .hasMessage("The weight of \"Password checked\" must be more than 0, for example 1 or 2, not 0.");
        assertThatThrownBy(() -> new Criterion("Password checked", new BigDecimal("-1"), 0, 2))
                .hasMessageContaining("must be more than 0");
        assertThatThrownBy(() -> new Criterion("Password checked", BigDecimal.ONE, 2, 2))
                .hasMessageContaining("the highest score (2) must be more than the lowest (2)");
        assertThatThrownBy(() -> new Criterion(" ", BigDecimal.ONE, 0, 2)).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new ScorecardTemplate(null, "  ", 5, new BigDecimal("80"), new BigDecimal("60"),
                TEMPLATE.criteria())).hasMessage("The template needs a name, for example \"Standard call review\".");
        assertThatThrownBy(() -> new ScorecardTemplate(null, "T", 5, new BigDecimal("50"), new BigDecimal("60"),
                TEMPLATE.criteria())).hasMessageContaining("0 ≤ needs coaching from ≤ pass from ≤ 100");
        assertThatThrownBy(() -> new ScorecardTemplate(null, "T", 101, new BigDecimal("80"), new BigDecimal("60"),
                TEMPLATE.criteria())).hasMessageContaining("from 0 to 100 %");
        assertThatThrownBy(() -> new ScorecardTemplate(null, "T", 5, new BigDecimal("80"), new BigDecimal("60"),
                List.of())).hasMessage("The template needs at least one criterion to score.");
        assertThatThrownBy(() -> new ScorecardTemplate(null, "T", 5, new BigDecimal("80"), new BigDecimal("60"),
                List.of(TEMPLATE.criteria().getFirst(), TEMPLATE.criteria().getFirst())))
                .hasMessageContaining("Two criteria are called \"Greeting given\"");
    }
}
