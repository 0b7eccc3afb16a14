package org.rollcall.recordings.spool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.recordings.TestS3;
import org.rollcall.recordings.TestWavs;
import org.rollcall.recordings.local.LocalS3Server;
import org.rollcall.recordings.s3.S3RecordingStore;
import org.rollcall.recordings.s3.S3Settings;

/** The spool in front of a real S3 API that goes away, comes back, or is handed corrupt bytes. */
class RecordingSpoolIntegrationTests {

    @TempDir
    Path directory;

    private final RecordingListener listener = new RecordingListener();
    private SpoolSettings settings() {
        return new SpoolSettings(directory.resolve("spool"), Duration.ofMillis(100), Duration.ofMillis(400), 2);
    }

    @Test
    void keepsRecordingsWhileS3IsDownAndUploadsThemWhenItIsBack() throws Exception {
        Path s3Data = directory.resolve("s3");
        var s3 = LocalS3Server.start(s3Data, 0, "spool-test", "spool-test-secret");
        int port = s3.endpoint().getPort();
        var settings = S3Settings.of(s3.endpoint(), s3.region(), "rollcall-recordings", "spool-test",
                "spool-test-secret");
        byte[] wav = TestWavs.wav(Duration.ofSeconds(3), 8000, 1);
        var key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));

        try (var store = S3RecordingStore.create(settings, Clock.systemUTC());
             var spool = new RecordingSpool(store, settings(), listener)) {
            store.ensureBucket();
            spool.start();
            s3.close(); // the outage

            spool.accept(key, new ByteArrayInputStream(wav));
            Thread.sleep(1500); // several attempts fail meanwhile
            assertThat(spool.pending()).isOne();
            assertThat(listener.stored).isEmpty();

            try (var back = LocalS3Server.start(s3Data, port, "spool-test", "spool-test-secret")) {
                Await.until(Duration.ofSeconds(30), () -> spool.pending() == 0, "uploaded once S3 is back");

                assertThat(listener.stored).extracting(StoredRecording::key).containsExactly(key);
                assertThat(store.find(key).orElseThrow().sha256()).isEqualTo(TestWavs.sha256(wav));
                assertThat(directory.resolve("spool/pending")).isEmptyDirectory();
            }
        }
    }

    @Test
    void uploadsWhatWasSpooledBeforeARestart() throws Exception {
        S3Settings bucket = TestS3.freshBucket();
        List<RecordingKey> keys = new ArrayList<>();
        try (var store = S3RecordingStore.create(bucket, Clock.systemUTC())) {
            store.ensureBucket();
            try (var beforeCrash = new RecordingSpool(store, settings(), listener)) {
                for (int i = 0; i < 3; i++) {
                    var key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));
                    beforeCrash.accept(key, new ByteArrayInputStream(TestWavs.wav(Duration.ofSeconds(1), 8000, i)));
                    keys.add(key);
                }
            }

            try (var afterRestart = new RecordingSpool(store, settings(), listener)) {
                assertThat(afterRestart.pending()).isEqualTo(3);
                afterRestart.start();
                Await.until(Duration.ofSeconds(30), () -> afterRestart.pending() == 0, "resumed uploads done");
            }

            assertThat(listener.stored).extracting(StoredRecording::key).containsExactlyInAnyOrderElementsOf(keys);
            keys.forEach(key -> assertThat(store.find(key)).isPresent());
        }
    }

    @Test
    void rejectsARecordingCorruptedOnDiskAndNeverStoresIt() throws Exception {
        S3Settings bucket = TestS3.freshBucket();
        var key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));
        byte[] wav = TestWavs.wav(Duration.ofSeconds(2), 8000, 7);
        try (var store = S3RecordingStore.create(bucket, Clock.systemUTC());
             var spool = new RecordingSpool(store, settings(), listener)) {
            store.ensureBucket();
            spool.accept(key, new ByteArrayInputStream(wav));
            Path file = directory.resolve("spool/pending/2026-11-23_" + key.callId() + ".wav");
            byte[] damaged = Files.readAllBytes(file);
            damaged[5000] ^= 0x7f; // a bad sector, or a bug elsewhere
            Files.write(file, damaged);

            spool.start();
            Await.until(Duration.ofSeconds(30), () -> spool.pending() == 0, "rejected");

            assertThat(listener.stored).isEmpty();
            assertThat(listener.rejected.get(key)).contains("corrupt");
            assertThat(store.find(key)).isEmpty();
            assertThat(directory.resolve("spool/rejected/2026-11-23_" + key.callId() + ".wav")).exists();
        }
    }
}
