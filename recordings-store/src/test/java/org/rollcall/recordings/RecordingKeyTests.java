package org.rollcall.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RecordingKeyTests {

    @Test
    void parsesItsOwnValue() {
        var key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 2, 3));

        assertThat(RecordingKey.parse(key.value())).isEqualTo(key);
    }

    @Test
    void refusesWhatIsNotARecordingKey() {
        assertThatThrownBy(() -> RecordingKey.parse("legacy/abc.wav")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'legacy/abc.wav' is not a recording key: expected recordings/yyyy/MM/dd/{callId}.wav");
        assertThatThrownBy(() -> RecordingKey.parse("recordings/2026/02/30/" + UUID.randomUUID() + ".wav"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a recording key");
        assertThatThrownBy(() -> RecordingKey.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
