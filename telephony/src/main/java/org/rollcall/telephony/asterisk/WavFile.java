package org.rollcall.telephony.asterisk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How many bytes of audio a MixMonitor WAV holds after its header. MixMonitor writes the 44-byte header first and the
 * sizes in it only when it closes the file, so a PBX killed mid-call leaves a header that says 0: the bytes on disk
 * are what counts.
 */
final class WavFile {

    private WavFile() {
    }

    /** Audio bytes after the {@code data} chunk's header; 0 for an empty file; empty when it is not a WAV at all. */
    static OptionalLong audioBytes(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return OptionalLong.of(0);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        if (head.length < 12 || !ascii(head, 0).equals("RIFF") || !ascii(head, 8).equals("WAVE")) {
            return OptionalLong.empty();
        }
        int position = 12;
        while (position + 8 <= head.length) {
            long chunk = (head[position + 4] & 0xffL) | (head[position + 5] & 0xffL) << 8
                    | (head[position + 6] & 0xffL) << 16 | (head[position + 7] & 0xffL) << 24;
            if (ascii(head, position).equals("data")) {
                return OptionalLong.of(Math.max(0, size - (position + 8)));
            }
            position += (int) Math.min(head.length, 8 + chunk + (chunk & 1));
        }
        // A header cut short before its data chunk: nothing was recorded.
        return OptionalLong.of(0);
    }

    private static String ascii(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.US_ASCII);
    }
}
