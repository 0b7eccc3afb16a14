package org.rollcall.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MarkInRecordingTests {

    private static final Instant BRIDGED = Instant.parse("2026-12-02T10:31:00Z");
    // MixMonitor started 0.6 s after the bridge; 20 s of audio.
    private static final Instant AUDIO = BRIDGED.plusMillis(600);

    @Test
    void aMarkFallsWhereItWasHeardInTheRecordingsOwnAudio() {
        var at = MarkInRecording.of(recording(RecordingStatus.STORED, AUDIO), BRIDGED.plusMillis(5_300), 5);
        assertThat(at.offsetMillis()).isEqualTo(4_700);
        assertThat(at.audioEvidence()).isTrue();
        assertThat(at.describe()).isEqualTo("4.7 s");
    }

    @Test
    void heardBeforeTheAudioBeganOrAfterItEndedIsTheNearestMomentThereIs() {
        assertThat(MarkInRecording.of(recording(RecordingStatus.STORED, AUDIO), BRIDGED.plusMillis(200), 0)
                .offsetMillis()).isZero();
        assertThat(MarkInRecording.of(recording(RecordingStatus.STORED, AUDIO), AUDIO.plusSeconds(30), 30)
                .offsetMillis()).isEqualTo(20_000);
    }

    @Test
    void marksKeptBeforeTheirMomentWasKeptUseTheirWholeSeconds() {
        assertThat(MarkInRecording.of(recording(RecordingStatus.PENDING, null), null, 7).offsetMillis())
                .isEqualTo(7_000);
    }

    @Test
    void noAudioNoOffsetAndAReasonInWords() {
        var lost = MarkInRecording.of(recording(RecordingStatus.LOST, null), BRIDGED.plusSeconds(2), 2);
        assertThat(lost.offsetMillis()).isNull();
        assertThat(lost.audioEvidence()).isFalse();
        assertThat(lost.note()).isEqualTo("No audio evidence: the recording was lost (PBX stopped mid-call; no audio "
                + "was written).");
        assertThat(MarkInRecording.of(null, BRIDGED, 0).note()).isEqualTo("No recording of this call.");
    }

    private static RecordingInfo recording(RecordingStatus status, Instant audioStartedAt) {
        boolean audio = status == RecordingStatus.STORED || status == RecordingStatus.PENDING;
        return new RecordingInfo(UUID.randomUUID(), "recordings/2026/12/02/x.wav", status, audio ? 320_044 : 0,
                null, "audio/wav", audio ? 20_000 : 0, BRIDGED, null, status == RecordingStatus.LOST
                ? "PBX stopped mid-call; no audio was written" : null, false, audioStartedAt);
    }
}
