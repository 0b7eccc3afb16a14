package org.rollcall.recordings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What the store needs from a WAV (RIFF/WAVE) header: the byte rate and where the audio data starts, so a
 * recording's length can be told without decoding it. Parsed from the first bytes of the file only.
 *
 * @param byteRate bytes of audio per second, from the {@code fmt } chunk
 * @param dataOffset where the {@code data} chunk's samples start
 * @param declaredDataBytes the {@code data} chunk's size as written, or -1 when the writer left it open
 */
public record WavHeader(int channels, int sampleRate, int bitsPerSample, long byteRate, long dataOffset,
                        long declaredDataBytes) {

    static final String EMPTY = "the recording is empty (0 bytes): expected a WAV file";

    /**
     * Reads the header from {@code head}, the first {@code length} bytes of a file (64 KiB is plenty).
     *
     * @throws InvalidRecordingException when the bytes are empty or not a RIFF/WAVE file with fmt and data chunks
     */
    public static WavHeader parse(byte[] head, int length) {
        if (length == 0) {
            throw new InvalidRecordingException(EMPTY);
        }
        if (length < 12 || !ascii(head, 0).equals("RIFF") || !ascii(head, 8).equals("WAVE")) {
            throw new InvalidRecordingException("the recording is not a WAV file: it does not start with a "
                    + "RIFF/WAVE header (first bytes: " + printable(head, length) + "); save the call audio as a "
                    + "WAV (PCM) file and store it again");
        }
        int channels = 0, sampleRate = 0, bits = 0;
        long byteRate = -1;
        int position = 12;
        while (position + 8 <= length) {
            String id = ascii(head, position);
            long size = uint32(head, position + 4);
            if (id.equals("fmt ") && position + 24 <= length) {
                channels = uint16(head, position + 10);
                sampleRate = (int) uint32(head, position + 12);
                byteRate = uint32(head, position + 16);
                bits = uint16(head, position + 22);
            } else if (id.equals("data")) {
                if (byteRate <= 0) {
                    break;
                }
                long declared = size == 0 || size == 0xFFFFFFFFL ? -1 : size;
                return new WavHeader(channels, sampleRate, bits, byteRate, position + 8L, declared);
            }
            // RIFF chunks are padded to an even size
            position += (int) Math.min(Integer.MAX_VALUE - position, 8 + size + (size & 1));
        }
        throw new InvalidRecordingException("the WAV file has no usable 'fmt ' chunk before its 'data' chunk in "
                + "the first " + length + " bytes; write it as a plain PCM WAV file and store it again");
    }

    /** The audio length of a file of {@code totalBytes}, trusting the bytes present over a stale header. */
    public Duration duration(long totalBytes) {
        long available = Math.max(0, totalBytes - dataOffset);
        long data = declaredDataBytes < 0 ? available : Math.min(declaredDataBytes, available);
        return Duration.ofMillis(data * 1000 / byteRate);
    }

    private static String ascii(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.US_ASCII);
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static String printable(byte[] b, int length) {
        var text = new StringBuilder("'");
        for (int i = 0; i < Math.min(length, 12); i++) {
            text.append(b[i] >= 32 && b[i] < 127 ? (char) b[i] : '.');
        }
        return text.append("'").toString();
    }
}
