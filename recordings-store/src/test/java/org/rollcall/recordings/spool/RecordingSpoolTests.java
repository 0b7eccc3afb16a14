package org.rollcall.recordings.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.recordings.ByteRange;
import org.rollcall.recordings.CorruptedInTransitException;
import org.rollcall.recordings.InvalidRecordingException;
import org.rollcall.recordings.RecordingContent;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.recordings.RecordingStoreException;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.recordings.TestWavs;

/** The spool's disk handling and retries, against an in-memory store that can be made to fail. */
class RecordingSpoolTests {

    @TempDir
    Path directory;

    private final FlakyStore store = new FlakyStore();
    private final RecordingListener listener = new RecordingListener();
    private final byte[] wav = TestWavs.wav(Duration.ofSeconds(2), 8000, 1);
    private final RecordingKey key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));

    private RecordingSpool spool() {
        return new RecordingSpool(store, new SpoolSettings(directory, Duration.ofMillis(20), Duration.ofMillis(100),
                1), listener);
    }

    @Test
    void keepsAcceptedRecordingsOnDiskWithASidecar() throws IOException {
        try (var spool = spool()) {
            SpooledRecording spooled = spool.accept(key, new ByteArrayInputStream(wav));

            assertThat(spooled).isEqualTo(new SpooledRecording(key, wav.length, TestWavs.sha256(wav),
                    Duration.ofSeconds(2)));
            assertThat(spool.pending()).isOne();
            Path pending = directory.resolve("pending");
            assertThat(pending.resolve("2026-11-23_" + key.callId() + ".wav")).hasBinaryContent(wav);
            assertThat(Files.readString(pending.resolve("2026-11-23_" + key.callId() + ".properties")))
                    .contains("sha256=" + TestWavs.sha256(wav)).contains("bytes=" + wav.length);
            assertThat(directory.resolve("incoming")).isEmptyDirectory();
        }
    }

    @Test
    void refusesEmptyAndNonWavRecordingsWithoutWritingAnything() {
        try (var spool = spool()) {
            assertThatThrownBy(() -> spool.accept(key, InputStream.nullInputStream()))
                    .isInstanceOf(InvalidRecordingException.class)
                    .hasMessage("the recording is empty (0 bytes): expected a WAV file");
            assertThatThrownBy(() -> spool.accept(key, new ByteArrayInputStream("OggS....".getBytes())))
                    .isInstanceOf(InvalidRecordingException.class)
                    .hasMessageContaining("not a WAV file");
            assertThat(spool.pending()).isZero();
            assertThat(directory.resolve("pending")).isEmptyDirectory();
            assertThat(directory.resolve("incoming")).isEmptyDirectory();
        }
    }

    @Test
    void acceptingTheSameRecordingTwiceIsHarmlessButOtherBytesAreRefused() {
        try (var spool = spool()) {
            SpooledRecording first = spool.accept(key, new ByteArrayInputStream(wav));

            assertThat(spool.accept(key, new ByteArrayInputStream(wav))).isEqualTo(first);
            byte[] other = TestWavs.wav(Duration.ofSeconds(2), 8000, 2);
            assertThatThrownBy(() -> spool.accept(key, new ByteArrayInputStream(other)))
                    .isInstanceOf(InvalidRecordingException.class)
                    .hasMessageContaining("already waiting");
            assertThat(spool.pending()).isOne();
            assertThat(directory.resolve("incoming")).isEmptyDirectory();
        }
    }

    @Test
    void retriesWithBackoffUntilTheStoreTakesIt() throws Exception {
        store.failures.set(3);
        try (var spool = spool()) {
            spool.start();
            spool.accept(key, new ByteArrayInputStream(wav));

            Await.until(Duration.ofSeconds(10), () -> spool.pending() == 0, "stored");

            assertThat(store.attempts).hasValue(4);
            assertThat(listener.stored).extracting(StoredRecording::key).containsExactly(key);
            assertThat(directory.resolve("pending")).isEmptyDirectory();
        }
    }

    @Test
    void retryNowBringsAnUploadWaitingOutItsBackoffForward() throws Exception {
        store.failures.set(1);
        try (var spool = new RecordingSpool(store, new SpoolSettings(directory, Duration.ofMinutes(5),
                Duration.ofMinutes(5), 1), listener)) {
            spool.start();
            spool.accept(key, new ByteArrayInputStream(wav));
            Await.until(Duration.ofSeconds(10), () -> store.attempts.get() == 1, "first attempt failed");
            Thread.sleep(200);
            assertThat(spool.pending()).as("waiting out a backoff of about 5 min").isOne();

            spool.retryNow(); // the store is back

            Await.until(Duration.ofSeconds(10), () -> spool.pending() == 0, "stored");
            assertThat(store.attempts).hasValue(2);
            spool.retryNow(); // nothing waits: harmless
            assertThat(listener.stored).extracting(StoredRecording::key).containsExactly(key);
        }
    }

    @Test
    void retriesWhenTheListenerFailsSoNoStoredRecordingIsLost() throws Exception {
        var failing = new AtomicInteger(1);
        var recorded = new RecordingListener();
        SpoolListener flaky = r -> {
            if (failing.getAndDecrement() > 0) {
                throw new IllegalStateException("database down");
            }
            recorded.stored(r);
        };
        try (var spool = new RecordingSpool(store, new SpoolSettings(directory, Duration.ofMillis(20), null, 1),
                flaky)) {
            spool.start();
            spool.accept(key, new ByteArrayInputStream(wav));

            Await.until(Duration.ofSeconds(10), () -> spool.pending() == 0, "stored");
            assertThat(recorded.stored).hasSize(1);
        }
    }

    @Test
    void bytesDamagedOnTheWayAreSentAgainNotRejected() throws Exception {
        store.damagedInTransit.set(2);
        try (var spool = spool()) {
            spool.start();
            spool.accept(key, new ByteArrayInputStream(wav));

            Await.until(Duration.ofSeconds(10), () -> spool.pending() == 0, "stored");
        }
        assertThat(store.attempts).hasValue(3);
        assertThat(listener.rejected).isEmpty();
        assertThat(listener.stored).extracting(StoredRecording::key).containsExactly(key);
        assertThat(directory.resolve("rejected")).isEmptyDirectory();
    }

    @Test
    void resumesWhatAPreviousRunLeftAndDropsHalfWrittenFiles() throws Exception {
        try (var spool = spool()) {
            spool.accept(key, new ByteArrayInputStream(wav));
        }
        Files.write(directory.resolve("incoming/crashed.tmp"), new byte[] {1, 2, 3});
        Files.write(directory.resolve("pending/2026-11-23_" + UUID.randomUUID() + ".wav"), wav); // no sidecar

        try (var spool = spool()) {
            assertThat(spool.pending()).isOne();
            spool.start();
            Await.until(Duration.ofSeconds(10), () -> spool.pending() == 0, "stored");
        }
        assertThat(listener.stored).extracting(StoredRecording::key).containsExactly(key);
        assertThat(directory.resolve("incoming")).isEmptyDirectory();
        assertThat(directory.resolve("pending")).isEmptyDirectory();
    }

    @Test
    void movesWhatTheStoreRefusesToRejected() throws Exception {
        store.refuse = true;
        try (var spool = spool()) {
            spool.start();
            spool.accept(key, new ByteArrayInputStream(wav));

            Await.until(Duration.ofSeconds(10), () -> spool.pending() == 0, "rejected");
        }
        assertThat(listener.stored).isEmpty();
        assertThat(listener.rejected).containsEntry(key, "refused");
        assertThat(directory.resolve("rejected/2026-11-23_" + key.callId() + ".wav")).hasBinaryContent(wav);
        assertThat(directory.resolve("rejected/2026-11-23_" + key.callId() + ".properties")).content()
                .contains("rejected=refused");
    }

    @Test
    void givesUpARecordingWhoseSpoolFileVanishedAndSaysWhy() throws Exception {
        try (var spool = spool()) {
            spool.accept(key, new ByteArrayInputStream(wav));
            Files.delete(directory.resolve("pending/2026-11-23_" + key.callId() + ".wav")); // e.g. a cleanup script

            spool.start();
            Await.until(Duration.ofSeconds(10), () -> spool.pending() == 0, "given up");

            assertThat(store.attempts).as("never retried").hasValue(0);
            assertThat(listener.stored).isEmpty();
            assertThat(listener.rejected.get(key)).contains("vanished").contains("provider's copy");
            assertThat(directory.resolve("pending")).as("no sidecar left to retry after a restart")
                    .isEmptyDirectory();
        }
        try (var restarted = spool()) {
            assertThat(restarted.pending()).isZero();
        }
    }

    /** Fails the first {@code failures} stores as if S3 were down; refuses everything when asked. */
    static final class FlakyStore implements RecordingStore {

        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger damagedInTransit = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();
        final Map<RecordingKey, StoredRecording> objects = new ConcurrentHashMap<>();
        volatile boolean refuse;

        @Override
        public StoredRecording store(RecordingKey key, InputStream wav, long length, String expectedSha256) {
            attempts.incrementAndGet();
            if (failures.getAndDecrement() > 0) {
                throw new RecordingStoreException("S3 is down", null);
            }
            if (refuse) {
                throw new InvalidRecordingException("refused");
            }
            if (damagedInTransit.getAndDecrement() > 0) {
                throw new CorruptedInTransitException("BadDigest", null);
            }
            try {
                byte[] bytes = wav.readAllBytes();
                assertThat(bytes).hasSize((int) length);
                assertThat(TestWavs.sha256(bytes)).isEqualTo(expectedSha256);
                var stored = new StoredRecording(key, length, expectedSha256, "audio/wav", Duration.ZERO,
                        Instant.now());
                objects.put(key, stored);
                return stored;
            } catch (IOException e) {
                throw new RecordingStoreException("read", e);
            }
        }

        @Override
        public Optional<StoredRecording> find(RecordingKey key) {
            return Optional.ofNullable(objects.get(key));
        }

        @Override
        public RecordingContent open(RecordingKey key, ByteRange range) {
            throw new UnsupportedOperationException();
        }

        @Override
        public URI presignedUrl(RecordingKey key, Duration validFor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(RecordingKey key) {
            objects.remove(key);
        }
    }
}
