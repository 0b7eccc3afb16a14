package org.rollcall.telephony.simulated;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * A playable WAV (8 kHz, 16-bit, mono PCM) of a given length: two "voices" taking turns, each a short run of
 * tones with a soft envelope, so a QA reviewer hears a conversation-like rhythm. Same seed, same bytes.
 */
final class WavSynthesiser {

    static final int SAMPLE_RATE = 8000;
    private static final int HEADER = 44;

    private WavSynthesiser() {
    }

    static byte[] wav(long millis, long seed) {
        int samples = (int) (millis * SAMPLE_RATE / 1000);
        ByteBuffer out = ByteBuffer.allocate(HEADER + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        header(out, samples * 2);
        Random random = new Random(seed);
        int i = 0;
        boolean operatorSpeaks = true;
        while (i < samples) {
            int turn = Math.min(samples - i, SAMPLE_RATE * (1 + random.nextInt(3)));
            double base = operatorSpeaks ? 220 + random.nextInt(60) : 330 + random.nextInt(90);
            for (int s = 0; s < turn; s++, i++) {
                double t = (double) s / SAMPLE_RATE;
                double syllable = base * (1 + 0.25 * Math.sin(2 * Math.PI * 3 * t));
                double envelope = Math.min(1, Math.min(s, turn - s) / 400.0) * (0.6 + 0.4 * Math.abs(Math.sin(
                        Math.PI * 4 * t)));
                out.putShort((short) (9000 * envelope * Math.sin(2 * Math.PI * syllable * t)));
            }
            operatorSpeaks = !operatorSpeaks;
        }
        return out.array();
    }

    private static void header(ByteBuffer out, int dataBytes) {
        out.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataBytes);
    }
}
