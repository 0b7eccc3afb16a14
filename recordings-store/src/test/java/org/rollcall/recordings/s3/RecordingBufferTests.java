package org.rollcall.recordings.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.Sha256;
import org.rollcall.recordings.TestWavs;

class RecordingBufferTests {

    private static final RecordingKey KEY = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));
    private final byte[] wav = TestWavs.wav(Duration.ofSeconds(20), 8000, 41); // 320,044 bytes

    @Test
    void hashesWhatItReadsHoweverTheStreamHandsItOver() throws Exception {
        for (long declared : new long[] {wav.length, -1, 1000, wav.length + 5000}) {
            RecordingBuffer read = RecordingBuffer.read(KEY, trickling(wav), declared, 1 << 20);

            assertThat(read.whole()).isTrue();
            assertThat(read.length()).as("declared %d", declared).isEqualTo(wav.length);
            assertThat(read.stream().readAllBytes()).isEqualTo(wav);
            assertThat(read.sha256()).isEqualTo(TestWavs.sha256(wav));
        }
    }

    @Test
    void aDeclaredLengthSizesTheBufferOnceWithRoomForOneByteMore() {
        RecordingBuffer read = RecordingBuffer.read(KEY, new ByteArrayInputStream(wav), wav.length, 1 << 20);

        assertThat(read.bytes()).as("no growing, no trimming copy").hasSize(wav.length + 1);
    }

    @Test
    void stopsOneByteAfterTheLimitAndTheDigestGoesOnOverTheRest() throws Exception {
        int limit = 100_000;
        InputStream in = trickling(wav);

        RecordingBuffer head = RecordingBuffer.read(KEY, in, wav.length, limit);

        assertThat(head.whole()).isFalse();
        assertThat(head.length()).isEqualTo(limit + 1);
        assertThat(head.stream().readAllBytes()).isEqualTo(Arrays.copyOf(wav, limit + 1));
        head.digest().update(in.readAllBytes());
        assertThat(Sha256.hex(head.digest().digest())).isEqualTo(TestWavs.sha256(wav));
    }

    /** Hands over 7 bytes at a time, as a slow pipe might. */
    private static InputStream trickling(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }
}
