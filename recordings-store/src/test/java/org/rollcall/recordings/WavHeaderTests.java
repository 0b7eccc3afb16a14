package org.rollcall.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class WavHeaderTests {

    @Test
    void readsFormatAndDuration() {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(3), 8000, 1);

        WavHeader header = WavHeader.parse(wav, wav.length);

        assertThat(header.sampleRate()).isEqualTo(8000);
        assertThat(header.channels()).isEqualTo(1);
        assertThat(header.bitsPerSample()).isEqualTo(16);
        assertThat(header.dataOffset()).isEqualTo(44);
        assertThat(header.duration(wav.length)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void trustsTheBytesPresentOverAnUnfinishedHeader() {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(2), 8000, 1);
        Arrays.fill(wav, 40, 44, (byte) 0xff); // a writer that never patched the data size

        assertThat(WavHeader.parse(wav, 44).duration(wav.length)).isEqualTo(Duration.ofSeconds(2));
        assertThat(WavHeader.parse(wav, 44).duration(44 + 8000)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void skipsChunksBeforeTheData() {
        byte[] plain = TestWavs.wav(Duration.ofSeconds(1), 8000, 1);
        byte[] list = "LIST\u0003\0\0\0abc\0".getBytes(StandardCharsets.ISO_8859_1); // odd size, padded
        byte[] wav = new byte[plain.length + list.length];
        System.arraycopy(plain, 0, wav, 0, 36);
        System.arraycopy(list, 0, wav, 36, list.length);
        System.arraycopy(plain, 36, wav, 36 + list.length, plain.length - 36);

        WavHeader header = WavHeader.parse(wav, wav.length);

        assertThat(header.dataOffset()).isEqualTo(44 + list.length);
        assertThat(header.duration(wav.length)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void refusesEmptyBytes() {
        assertThatThrownBy(() -> WavHeader.parse(new byte[0], 0))
                .isInstanceOf(InvalidRecordingException.class)
                .hasMessage("the recording is empty (0 bytes): expected a WAV file");
    }

    @Test
    void refusesWhatIsNotWav() {
        byte[] mp3 = "ID3\u0004\0\0\0\0\0\0some mp3 frames".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> WavHeader.parse(mp3, mp3.length))
                .isInstanceOf(InvalidRecordingException.class)
                .hasMessageContaining("not a WAV file")
                .hasMessageContaining("'ID3.")
                .hasMessageContaining("store it again");
    }

    @Test
    void refusesWaveWithoutFormat() {
        byte[] wav = TestWavs.wav(Duration.ofMillis(10), 8000, 1);
        wav[12] = 'x';

        assertThatThrownBy(() -> WavHeader.parse(wav, wav.length))
                .isInstanceOf(InvalidRecordingException.class)
                .hasMessageContaining("no usable 'fmt ' chunk");
    }
}
