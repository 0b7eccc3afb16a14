package org.rollcall.recordings.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.recordings.CorruptedInTransitException;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.recordings.TestS3;
import org.rollcall.recordings.TestWavs;
import org.rollcall.recordings.spool.RecordingSpool;
import org.rollcall.recordings.spool.SpoolListener;
import org.rollcall.recordings.spool.SpoolSettings;

/**
 * Bytes damaged between the store and the S3 API, after the store hashed them, are refused and never stored. The
 * store has seen S3Proxy refuse a wrong checksum, so even over plain HTTP the body is not SigV4-signed: the signed
 * SHA-256 checksum header alone catches the damage (BadDigest), as over HTTPS, and the spool sends the file again.
 */
class CorruptedInTransitIntegrationTests {

    private final S3Settings direct = TestS3.freshBucket();
    private final byte[] wav = TestWavs.wav(Duration.ofSeconds(2), 8000, 11);
    private final String sha = TestWavs.sha256(wav);
    private final RecordingKey key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));

    @Test
    void aRecordingDamagedOnTheWireIsRefusedAndNothingIsStored() throws Exception {
        try (var proxy = new CorruptingProxy(direct.endpoint()); var viaProxy = throughProxy(proxy);
             var store = S3RecordingStore.create(direct, Clock.systemUTC()); var raw = RawS3.client(direct)) {
            store.ensureBucket();

            assertThatThrownBy(() -> viaProxy.store(key, new ByteArrayInputStream(wav), wav.length, sha))
                    .isInstanceOf(CorruptedInTransitException.class).hasMessageContaining("BadDigest");
            assertThat(viaProxy.signsBodies()).as("the checksum alone protects the body").isFalse();

            assertThat(proxy.corrupted()).as("the proxy damaged the upload").isTrue();
            assertThat(store.find(key)).isEmpty();
            assertThat(raw.listObjectsV2(b -> b.bucket(direct.bucket())).contents()).isEmpty();
        }
    }

    @Test
    void theSpoolNeverReportsADamagedUploadAsStoredAndStoresTheIntactBytesOnRetry(@TempDir Path spoolDirectory)
            throws Exception {
        List<StoredRecording> stored = new CopyOnWriteArrayList<>();
        SpoolListener listener = stored::add;
        try (var proxy = new CorruptingProxy(direct.endpoint()); var viaProxy = throughProxy(proxy);
             var spool = new RecordingSpool(viaProxy, new SpoolSettings(spoolDirectory, Duration.ofMillis(50),
                     Duration.ofMillis(200), 1), listener)) {
            viaProxy.ensureBucket();
            spool.accept(key, new ByteArrayInputStream(wav));
            spool.start();

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (spool.pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(proxy.corrupted()).isTrue();
            assertThat(stored).as("reported stored once, after the undamaged retry").singleElement()
                    .satisfies(r -> assertThat(r.sha256()).isEqualTo(sha));
        }
        try (var store = S3RecordingStore.create(direct, Clock.systemUTC())) {
            assertThat(store.find(key).orElseThrow().sha256()).isEqualTo(sha);
        }
    }

    private S3RecordingStore throughProxy(CorruptingProxy proxy) {
        return S3RecordingStore.create(S3Settings.of(proxy.endpoint(), direct.region(), direct.bucket(),
                direct.accessKey(), direct.secretKey()), Clock.systemUTC());
    }
}
