package org.rollcall.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.rollcall.capacity.Roster;
import org.rollcall.capacity.SimulationSettings;

/** The real day's settings: the model's defaults, changed by properties, bad values refused naming what was wrong. */
class RealDaySettingsTests {

    @Test
    void withoutPropertiesTheModelsDefaultsAndTheExchangeAtTheModelsRates() {
        SimulationSettings settings = RealDaySettings.fromSystemProperties();
        assertThat(settings).isEqualTo(SimulationSettings.defaults());
        var exchange = RealDaySettings.exchange(settings);
        assertThat(exchange.busyRate()).isEqualTo(0.07);
        assertThat(exchange.noAnswerRate()).isCloseTo(0.08, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(exchange.failRate()).isZero();
        assertThat(exchange.ringTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(RealDaySettings.modelOf(settings).carerAnswerRate()).isEqualTo(settings.answerRate());
    }

    @Test
    void negativeTimesRatesAboveOneAndWordsAreRefusedNamingTheSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> with("benchmark.wrap-up", "-5"))
                .withMessageContaining("wrap-up").withMessageContaining("zero or more");
        assertThatIllegalArgumentException().isThrownBy(() -> with("benchmark.answer-rate", "1.2"))
                .withMessageContaining("answer rate").withMessageContaining("between 0 and 1");
        assertThatIllegalArgumentException().isThrownBy(() -> with("benchmark.busy-rate", "often"))
                .withMessageContaining("benchmark.busy-rate must be a number");
        assertThatIllegalArgumentException().isThrownBy(() -> RealDaySettings.exchange(with(
                        "benchmark.ring-timeout", "10")))
                .withMessageContaining("simulated exchange").withMessageContaining("15 s");
        assertThatIllegalArgumentException().isThrownBy(() -> Roster.of(0, LocalTime.of(8, 45), LocalTime.of(18, 0)))
                .withMessageContaining("at least one operator");
    }

    private static SimulationSettings with(String property, String value) {
        System.setProperty(property, value);
        try {
            return RealDaySettings.fromSystemProperties();
        } finally {
            System.clearProperty(property);
        }
    }
}
