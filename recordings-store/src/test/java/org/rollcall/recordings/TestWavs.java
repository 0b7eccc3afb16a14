package org.rollcall.recordings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

/** Builds 16-bit mono PCM WAV files: a tone with a little seeded noise, so different seeds give different bytes. */
public final class TestWavs {

    private TestWavs() {
    }

    public static byte[] wav(Duration length, int sampleRate, long seed) {
        int samples = (int) (length.toMillis() * sampleRate / 1000);
        var buffer = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        var random = new Random(seed);
        for (int i = 0; i < samples; i++) {
            double tone = Math.sin(2 * Math.PI * 440 * i / sampleRate) * 8000;
            buffer.putShort((short) (tone + random.nextGaussian() * 500));
        }
        return buffer.array();
    }

    /** About {@code bytes} long at 8 kHz. */
    public static byte[] wavOfAbout(long bytes, long seed) {
        return wav(Duration.ofMillis(bytes / 16), 8000, seed);
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(Sha256.newDigest().digest(bytes));
    }
}
