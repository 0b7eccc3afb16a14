package org.rollcall.recordings.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollcall.recordings.ByteRange;
import org.rollcall.recordings.InvalidRecordingException;
import org.rollcall.recordings.RangeNotSatisfiableException;
import org.rollcall.recordings.RecordingContent;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingNotFoundException;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.recordings.TestS3;
import org.rollcall.recordings.TestWavs;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;

class S3RecordingStoreIntegrationTests {

    private S3Settings settings;
    private S3RecordingStore store;
    private S3Client raw;
    private final RecordingKey key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));

    @BeforeEach
    void bucket() {
        settings = TestS3.freshBucket();
        store = S3RecordingStore.create(settings, Clock.systemUTC());
        store.ensureBucket();
        store.ensureBucket(); // twice is fine
        raw = RawS3.client(settings);
    }

    @AfterEach
    void close() {
        store.close();
        raw.close();
    }

    @Test
    void storesAndReadsBackARecordingWithItsChecksum() throws Exception {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(5), 8000, 1);
        String sha = TestWavs.sha256(wav);

        StoredRecording stored = store.store(key, new ByteArrayInputStream(wav), wav.length, sha);

        assertThat(stored.sha256()).isEqualTo(sha);
        assertThat(stored.bytes()).isEqualTo(wav.length);
        assertThat(stored.duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(stored.contentType()).isEqualTo("audio/wav");
        assertThat(store.find(key)).hasValueSatisfying(found -> {
            assertThat(found.sha256()).isEqualTo(sha);
            assertThat(found.bytes()).isEqualTo(wav.length);
            assertThat(found.duration()).isEqualTo(Duration.ofSeconds(5));
        });
        try (RecordingContent content = store.open(key, null)) {
            assertThat(content.stream().readAllBytes()).isEqualTo(wav);
            assertThat(content.first()).isZero();
            assertThat(content.last()).isEqualTo(wav.length - 1);
            assertThat(content.totalBytes()).isEqualTo(wav.length);
        }
        var head = raw.headObject(b -> b.bucket(settings.bucket()).key(key.value()).checksumMode(ChecksumMode.ENABLED));
        assertThat(head.metadata()).containsOnlyKeys("call-id", "sha256", "duration-ms")
                .containsEntry("call-id", key.callId().toString());
        assertThat(head.checksumSHA256()).as("the S3 API kept the checksum it verified")
                .isEqualTo(RecordingObjects.base64(sha));
    }

    @Test
    void computesTheChecksumWhenNoneIsExpected() {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 2);

        StoredRecording stored = store.store(key, new ByteArrayInputStream(wav), -1, null);

        assertThat(stored.sha256()).isEqualTo(TestWavs.sha256(wav));
        assertThat(store.find(key).orElseThrow().sha256()).isEqualTo(TestWavs.sha256(wav));
    }

    @Test
    void storingTheSameRecordingAgainReturnsTheStoredOne() {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 3);
        StoredRecording first = store.store(key, new ByteArrayInputStream(wav), wav.length, null);

        StoredRecording again = store.store(key, new ByteArrayInputStream(wav), wav.length, first.sha256());
        StoredRecording unsure = store.store(key, new ByteArrayInputStream(wav), wav.length, null);

        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(unsure.bytes()).isEqualTo(first.bytes());
    }

    @Test
    void neverOverwritesARecordingWithDifferentBytes() {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 4);
        byte[] other = TestWavs.wav(Duration.ofSeconds(1), 8000, 5);
        store.store(key, new ByteArrayInputStream(wav), wav.length, null);

        assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(other), other.length, null))
                .isInstanceOf(InvalidRecordingException.class)
                .hasMessageContaining("already stored");
        assertThat(store.find(key).orElseThrow().sha256()).isEqualTo(TestWavs.sha256(wav));
    }

    @Test
    void aCorruptedUploadIsNeverStored() {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(2), 8000, 6);
        String sha = TestWavs.sha256(wav);
        byte[] corrupted = wav.clone();
        corrupted[1000] ^= 0x55;

        assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(corrupted), wav.length, sha))
                .isInstanceOf(InvalidRecordingException.class)
                .hasMessageContaining("corrupt").hasMessageContaining(sha);
        assertThat(store.find(key)).isEmpty();
        assertThat(raw.listObjectsV2(b -> b.bucket(settings.bucket())).contents()).isEmpty();
    }

    @Test
    void aShortUploadIsNeverStored() {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(2), 8000, 7);

        assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(wav, 0, 20000), wav.length, null))
                .isInstanceOf(InvalidRecordingException.class)
                .hasMessageContaining("20000 bytes but " + wav.length + " were declared");
        assertThat(store.find(key)).isEmpty();
    }

    @Test
    void refusesEmptyAndNonWavFiles() {
        assertThatThrownBy(() -> store.store(key, InputStream.nullInputStream(), 0, null))
                .isInstanceOf(InvalidRecordingException.class)
                .hasMessage("the recording is empty (0 bytes): expected a WAV file");
        byte[] text = "Hello, this is not audio at all".getBytes();
        assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(text), text.length, null))
                .isInstanceOf(InvalidRecordingException.class)
                .hasMessageContaining("not a WAV file");
        assertThat(store.find(key)).isEmpty();
    }

    @Test
    void servesByteRanges() throws Exception {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(3), 8000, 8);
        store.store(key, new ByteArrayInputStream(wav), wav.length, null);

        try (RecordingContent middle = store.open(key, new ByteRange(100, 1099))) {
            assertThat(middle.stream().readAllBytes()).isEqualTo(Arrays.copyOfRange(wav, 100, 1100));
            assertThat(middle.first()).isEqualTo(100);
            assertThat(middle.last()).isEqualTo(1099);
            assertThat(middle.length()).isEqualTo(1000);
            assertThat(middle.totalBytes()).isEqualTo(wav.length);
        }
        try (RecordingContent tail = store.open(key, ByteRange.from(wav.length - 10))) {
            assertThat(tail.stream().readAllBytes()).isEqualTo(Arrays.copyOfRange(wav, wav.length - 10, wav.length));
            assertThat(tail.last()).isEqualTo(wav.length - 1);
        }
        assertThatThrownBy(() -> store.open(key, ByteRange.from(wav.length + 10)))
                .isInstanceOfSatisfying(RangeNotSatisfiableException.class,
                        e -> assertThat(e.totalBytes()).isEqualTo(wav.length));
    }

    @Test
    void opensOnlyWhatExists() {
        assertThatThrownBy(() -> store.open(key, null)).isInstanceOf(RecordingNotFoundException.class);
        assertThat(store.find(key)).isEmpty();
        store.delete(key); // a no-op
    }

    @Test
    void deletes() {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 9);
        store.store(key, new ByteArrayInputStream(wav), wav.length, null);

        store.delete(key);

        assertThat(store.find(key)).isEmpty();
    }

    @Test
    void presignsAUrlAPlainHttpClientCanFetch() throws Exception {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(2), 8000, 10);
        store.store(key, new ByteArrayInputStream(wav), wav.length, null);

        var url = store.presignedUrl(key, Duration.ofMinutes(5));
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(url.getHost()).isEqualTo("127.0.0.1");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(wav);
        }
    }
}
