package org.rollcall.telephony.asterisk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.rollcall.telephony.RecordingSource;

/**
 * A MixMonitor file in the folder shared with the PBX. Deleted once the application has stored it, or has recorded it
 * as lost because it holds no audio; never otherwise.
 */
final class RecordingFile implements RecordingSource {

    private static final int WAIT_MILLIS = 10_000;
    private static final int POLL_MILLIS = 200;

    private final Path path;
    private final Instant stoppedAt;
    private final String interruption;
    private final Runnable handedOver;

    /**
     * @param stoppedAt when the recording stopped, on the application's clock
     * @param interruption what cut the call short, or null
     * @param handedOver told once the file is gone (stored or discarded), so the folder stops counting it in use
     */
    RecordingFile(Path path, Instant stoppedAt, String interruption, Runnable handedOver) {
        this.path = path;
        this.stoppedAt = stoppedAt;
        this.interruption = interruption;
        this.handedOver = handedOver;
    }

    Path path() {
        return path;
    }

    @Override
    public InputStream open() throws IOException {
        // MixMonitor closes the file just after the hang-up: wait until it is there and has stopped growing. A header
        // with nothing after it is a finished file too (the PBX wrote no audio), and the application judges it.
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        long size = -1;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(path)) {
                long now = Files.size(path);
                if (now == size) {
                    return Files.newInputStream(path);
                }
                size = now;
            }
            sleep();
        }
        if (Files.exists(path)) {
            throw new IOException("recording " + path + " was still being written " + WAIT_MILLIS / 1000 + " s after "
                    + "the call ended; it is left in the folder for the next sweep");
        }
        throw new IOException("recording " + path + " did not appear: is the recordings folder shared with the "
                + "PBX (rollcall.telephony.asterisk.recording-directory)?");
    }

    @Override
    public Optional<Instant> stoppedAt() {
        return Optional.ofNullable(stoppedAt);
    }

    @Override
    public Optional<String> interruption() {
        return Optional.ofNullable(interruption);
    }

    @Override
    public void release() {
        delete();
    }

    @Override
    public void discard() {
        delete();
    }

    private void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            handedOver.run();
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the recording", e);
        }
    }
}
