package org.rollcall.telephony.asterisk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.rollcall.telephony.HeldRecording;
import org.rollcall.telephony.TelephonyCallId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MixMonitor folder shared with the PBX: where each call's file goes ({@code yyyy/MM/dd/{call id}.wav}, dated by
 * the application's clock), which files are being handed over, and what is left in it.
 */
final class RecordingFolder {

    /** A file written to this recently may still be growing: the sweep leaves it for next time. */
    static final Duration QUIET = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(RecordingFolder.class);

    private final Path root;
    private final Clock clock;
    private final Set<Path> handingOver = ConcurrentHashMap.newKeySet();

    RecordingFolder(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    static String relative(LocalDate day, TelephonyCallId id) {
        return "%04d/%02d/%02d/%s.wav".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), id);
    }

    Path path(LocalDate day, TelephonyCallId id) {
        return root.resolve(relative(day, id));
    }

    /** The file of an ended, bridged call, offered to the application; counted in use until stored or discarded. */
    RecordingFile handOver(Path file, Instant stoppedAt, String interruption) {
        handingOver.add(file);
        return new RecordingFile(file, stoppedAt, interruption, () -> handingOver.remove(file));
    }

    /**
     * A call that was never bridged: MixMonitor (started before Dial, recording only once bridged) leaves a header
     * with no audio. Called once it has had time to close the file; a file that holds audio is kept for the sweep.
     */
    void removeIfEmpty(Path file) {
        try {
            if (Files.exists(file) && !handingOver.contains(file) && audioBytes(file).orElse(1) == 0) {
                Files.deleteIfExists(file);
                log.debug("Removed {}: the call was never bridged, so it holds no audio", root.relativize(file));
            }
        } catch (IOException e) {
            log.warn("Could not remove the empty recording {}: {}", file, e.getMessage());
        }
    }

    OptionalLong audioBytes(Path file) throws IOException {
        return WavFile.audioBytes(file);
    }

    /**
     * When the file was last written, on the application's clock. The PBX stamps files by the wall clock, while the
     * application's clock may run shifted (a demo's weekend shown as Monday, a test's fixed start): the file's time
     * moves by the same shift, read from the wall clock here and only here.
     */
    Instant lastWrite(Path file) throws IOException {
        Instant wall = Files.getLastModifiedTime(file).toInstant();
        return wall.plus(Duration.between(Instant.ofEpochMilli(System.currentTimeMillis()), clock.instant()));
    }

    /** Files no call in progress is writing and no hand-over holds, quiet for {@link #QUIET}. */
    List<HeldRecording> held(Set<Path> inUse) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        long quietSince = System.currentTimeMillis() - QUIET.toMillis();
        List<HeldRecording> held = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 4)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".wav")).toList()) {
                if (inUse.contains(file) || handingOver.contains(file) || !Files.isRegularFile(file)
                        || Files.getLastModifiedTime(file).toMillis() > quietSince) {
                    continue;
                }
                held.add(new HeldRecording(root.relativize(file).toString(), callId(file),
                        new RecordingFile(file, lastWrite(file), null, () -> { })));
            }
        }
        return held;
    }

    private static TelephonyCallId callId(Path file) {
        String name = file.getFileName().toString();
        try {
            return new TelephonyCallId(UUID.fromString(name.substring(0, name.length() - ".wav".length())));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
