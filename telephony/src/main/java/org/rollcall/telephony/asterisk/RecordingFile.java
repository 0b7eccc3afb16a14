package org.rollcall.telephony.asterisk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rollcall.telephony.RecordingSource;

/** A MixMonitor file in the folder shared with the PBX; deleted once the application has stored it. */
record RecordingFile(Path path) implements RecordingSource {

    private static final int WAIT_MILLIS = 10_000;

    @Override
    public InputStream open() throws IOException {
        // MixMonitor closes the file just after the hang-up; wait until it is there and no longer growing.
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        long size = -1;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(path)) {
                long now = Files.size(path);
                if (now == size && now > 44) {
                    return Files.newInputStream(path);
                }
                size = now;
            }
            sleep();
        }
        if (Files.exists(path)) {
            return Files.newInputStream(path);
        }
        throw new IOException("recording " + path + " did not appear: is the recordings folder shared with the "
                + "PBX (rollcall.telephony.asterisk.recording-directory)?");
    }

    @Override
    public void release() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the recording", e);
        }
    }
}
