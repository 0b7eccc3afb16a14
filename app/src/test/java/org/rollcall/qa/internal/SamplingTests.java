package org.rollcall.qa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The sampling rule of ADR 0032: fair per operator per day, deterministic, not always the same positions. */
class SamplingTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void afterAnyNumberOfCallsEachOperatorHasTheirShareWithinOne() {
        for (int o = 0; o < 50; o++) {
            UUID operator = UUID.nameUUIDFromBytes(("operator" + o).getBytes());
            for (int percent : List.of(0, 5, 10, 33, 100)) {
                int sampled = 0;
                for (int n = 1; n <= 200; n++) {
                    if (Sampling.sampled(operator, DAY, n, percent)) {
                        sampled++;
                    }
                    double share = n * percent / 100.0;
                    assertThat((double) sampled).as("operator %d, %d %%, after %d calls", o, percent, n)
                            .isBetween(share - 1, share + 1);
                }
            }
        }
    }

    @Test
    void zeroSamplesNothingAndAHundredSamplesEveryCall() {
        UUID operator = UUID.randomUUID();
        assertThat(IntStream.rangeClosed(1, 100).filter(n -> Sampling.sampled(operator, DAY, n, 0))).isEmpty();
        assertThat(IntStream.rangeClosed(1, 100).filter(n -> Sampling.sampled(operator, DAY, n, 100))).hasSize(100);
    }

    @Test
    void theSameQuestionGetsTheSameAnswerAndThePositionsMoveFromDayToDayAndOperatorToOperator() {
        UUID operator = UUID.nameUUIDFromBytes("steady".getBytes());
        List<Integer> first = picks(operator, DAY);
        assertThat(picks(operator, DAY)).isEqualTo(first);
        assertThat(first).hasSize(5);
        Set<List<Integer>> patterns = new HashSet<>();
        for (int d = 0; d < 20; d++) {
            patterns.add(picks(operator, DAY.plusDays(d)));
            patterns.add(picks(UUID.nameUUIDFromBytes(("other" + d).getBytes()), DAY));
        }
        assertThat(patterns).as("not always the 20th, 40th, ...").hasSizeGreaterThan(5);
    }

    private static List<Integer> picks(UUID operator, LocalDate day) {
        return IntStream.rangeClosed(1, 100).filter(n -> Sampling.sampled(operator, day, n, 5)).boxed().toList();
    }
}
