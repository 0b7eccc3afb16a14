package org.rollcall.recording.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;

import org.rollcall.recordings.WavHeader;
import org.rollcall.telephony.HumanDuration;
import org.rollcall.telephony.RecordingSource;

/**
 * How much audio an offered recording holds, from its WAV header and its length, before anything is spooled: a
 * recording with less than {@code rollcall.recording.min-audio} is no evidence and is recorded as lost, never stored.
 * The bytes on disk count, not the sizes in the header, which a PBX killed mid-call leaves at 0.
 */
final class AudioCheck {

    private static final int HEADER_BYTES = 64 * 1024;

    record Audio(long bytes, Duration duration) {
    }

    private AudioCheck() {
    }

    /**
     * @throws org.rollcall.recordings.InvalidRecordingException when it is not a WAV file
     * @throws IOException when it cannot be read
     */
    static Audio measure(RecordingSource source) throws IOException {
        try (InputStream in = source.open()) {
            byte[] head = in.readNBytes(HEADER_BYTES);
            if (head.length == 0) {
                return new Audio(0, Duration.ZERO);
            }
            WavHeader header = WavHeader.parse(head, head.length);
            long total = head.length + in.transferTo(OutputStream.nullOutputStream());
            return new Audio(total, header.duration(total));
        }
    }

    static boolean isEvidence(Audio audio, Duration minimum) {
        return !audio.duration().isZero() && audio.duration().compareTo(minimum) >= 0;
    }

    /** Why the recording is no evidence, in words: what cut the call short, if the exchange knows, then what was found. */
    static String whyLost(Audio audio, Duration minimum, Optional<String> interruption) {
        String found = audio.bytes() == 0 ? "no audio was written (the file is empty)"
                : audio.duration().isZero() ? "no audio was written"
                : "only " + HumanDuration.format(audio.duration()) + " of audio was written, less than the " + HumanDuration.format(minimum)
                + " a recording needs (rollcall.recording.min-audio)";
        return interruption.map(cause -> cause + "; " + found).orElse(found);
    }
}
