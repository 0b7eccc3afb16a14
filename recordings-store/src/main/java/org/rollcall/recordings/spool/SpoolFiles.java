package org.rollcall.recordings.spool;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.Sha256;
import org.rollcall.recordings.WavHeader;

/**
 * The spool on disk. {@code incoming/} holds files being written; {@code pending/} a WAV and its sidecar per
 * recording; {@code rejected/} what the store refused. A recording counts as spooled only once its sidecar is in
 * {@code pending/}: the WAV is fsynced and moved first, the sidecar written, fsynced and moved atomically after.
 */
final class SpoolFiles {

    private static final int HEADER_BYTES = 64 * 1024;

    private final Path incoming;
    private final Path pending;
    private final Path rejected;

    SpoolFiles(Path directory) throws IOException {
        this.incoming = Files.createDirectories(directory.resolve("incoming"));
        this.pending = Files.createDirectories(directory.resolve("pending"));
        this.rejected = Files.createDirectories(directory.resolve("rejected"));
    }

    record Written(Path file, long bytes, String sha256, Duration duration) {
    }

    /** Validates and copies the WAV into {@code incoming/}, hashing it on the way; nothing is written if invalid. */
    Written write(InputStream wav) throws IOException {
        byte[] head = wav.readNBytes(HEADER_BYTES);
        WavHeader header = WavHeader.parse(head, head.length);
        MessageDigest digest = Sha256.newDigest();
        Path file = incoming.resolve(UUID.randomUUID() + ".tmp");
        long total = head.length;
        try (var channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            digest.update(head);
            out.write(head);
            byte[] buffer = new byte[64 * 1024];
            for (int n = wav.read(buffer); n >= 0; n = wav.read(buffer)) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                total += n;
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Written(file, total, Sha256.hex(digest.digest()), header.duration(total));
    }

    SpooledRecording commit(RecordingKey key, Written written) throws IOException {
        Files.move(written.file(), wav(key), StandardCopyOption.ATOMIC_MOVE);
        var recording = new SpooledRecording(key, written.bytes(), written.sha256(), written.duration());
        Path sidecar = incoming.resolve(name(key) + ".properties.tmp");
        try (var channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE); OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            describe(recording).store(out, "spooled recording");
            channel.force(true);
        }
        Files.move(sidecar, sidecar(key), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(pending);
        return recording;
    }

    void discard(Written written) throws IOException {
        Files.deleteIfExists(written.file());
    }

    Optional<SpooledRecording> find(RecordingKey key) throws IOException {
        return Files.exists(sidecar(key)) ? Optional.of(read(sidecar(key))) : Optional.empty();
    }

    /** What a previous run left: half-written files are dropped (their callers never got an answer). */
    List<SpooledRecording> recover() throws IOException {
        var found = new ArrayList<SpooledRecording>();
        try (var leftovers = Files.list(incoming)) {
            for (Path file : leftovers.toList()) {
                Files.deleteIfExists(file);
            }
        }
        try (var files = Files.list(pending)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".properties")) {
                    found.add(read(file));
                } else if (!Files.exists(pending.resolve(fileName.replace(".wav", ".properties")))) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return found;
    }

    InputStream open(RecordingKey key) throws IOException {
        return Files.newInputStream(wav(key));
    }

    void remove(RecordingKey key) throws IOException {
        Files.deleteIfExists(sidecar(key));
        Files.deleteIfExists(wav(key));
        syncDirectory(pending);
    }

    void reject(SpooledRecording recording, String reason) throws IOException {
        RecordingKey key = recording.key();
        Properties sidecar = describe(recording);
        sidecar.setProperty("rejected", reason);
        try (OutputStream out = Files.newOutputStream(rejected.resolve(name(key) + ".properties"))) {
            sidecar.store(out, "rejected by the store");
        }
        try {
            Files.move(wav(key), rejected.resolve(name(key) + ".wav"), StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            // nothing left to keep
        }
        remove(key);
    }

    Path rejectedDirectory() {
        return rejected;
    }

    private Path wav(RecordingKey key) {
        return pending.resolve(name(key) + ".wav");
    }

    private Path sidecar(RecordingKey key) {
        return pending.resolve(name(key) + ".properties");
    }

    private static String name(RecordingKey key) {
        return key.recordedOn() + "_" + key.callId();
    }

    private static Properties describe(SpooledRecording recording) {
        var properties = new Properties();
        properties.setProperty("callId", recording.key().callId().toString());
        properties.setProperty("recordedOn", recording.key().recordedOn().toString());
        properties.setProperty("sha256", recording.sha256());
        properties.setProperty("bytes", Long.toString(recording.bytes()));
        properties.setProperty("durationMs", Long.toString(recording.duration().toMillis()));
        return properties;
    }

    private static SpooledRecording read(Path sidecar) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(sidecar)) {
            properties.load(in);
        }
        var key = new RecordingKey(UUID.fromString(properties.getProperty("callId")),
                LocalDate.parse(properties.getProperty("recordedOn")));
        return new SpooledRecording(key, Long.parseLong(properties.getProperty("bytes")),
                properties.getProperty("sha256"), Duration.ofMillis(Long.parseLong(properties.getProperty("durationMs"))));
    }

    /** Makes the renames themselves durable, not only the files' contents. */
    private static void syncDirectory(Path directory) throws IOException {
        try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
