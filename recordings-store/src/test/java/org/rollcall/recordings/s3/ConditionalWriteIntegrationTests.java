package org.rollcall.recordings.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.rollcall.recordings.InvalidRecordingException;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.recordings.TestS3;
import org.rollcall.recordings.TestWavs;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Against S3Proxy over real HTTP: the store asks once what the S3 API refuses, then stores each recording with one
 * PUT carrying {@code If-None-Match: *}, and it is the S3 API that refuses to replace a stored recording.
 */
class ConditionalWriteIntegrationTests {

    private static final long PART = 5L * 1024 * 1024;

    private final S3Settings settings = TestS3.freshBucket();
    private final RecordingKey key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));
    private final byte[] wav = TestWavs.wav(Duration.ofSeconds(2), 8000, 21);
    private final byte[] other = TestWavs.wav(Duration.ofSeconds(2), 8000, 22);

    @Test
    void theQuestionAtStartUpFindsS3ProxyRefusesOverwritesAndLeavesNothingBehind() {
        try (var store = S3RecordingStore.create(settings, Clock.systemUTC()); var raw = RawS3.client(settings)) {
            store.ensureBucket();

            assertThat(store.overwriteCheck()).isEqualTo(OverwriteCheck.IF_NONE_MATCH);
            assertThat(store.signsBodies()).as("S3Proxy refused a wrong SHA-256, so the checksum binds the body")
                    .isFalse();
            assertThat(raw.listObjectsV2(b -> b.bucket(settings.bucket())).contents()).isEmpty();
        }
    }

    @Test
    void theS3ApiItselfRefusesAPutWithIfNoneMatchOntoAStoredRecording() {
        try (var store = S3RecordingStore.create(settings, Clock.systemUTC()); var raw = RawS3.client(settings)) {
            store.ensureBucket();
            store.store(key, new ByteArrayInputStream(wav), wav.length, null);

            assertThatThrownBy(() -> raw.putObject(b -> b.bucket(settings.bucket()).key(key.value()).ifNoneMatch("*"),
                    RequestBody.fromBytes(other)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
            assertThat(raw.getObjectAsBytes(b -> b.bucket(settings.bucket()).key(key.value())).asByteArray())
                    .isEqualTo(wav);
        }
    }

    @Test
    void aRecordingIsOneConditionalPutWithItsChecksumAndNoHeadBeforeIt() throws Exception {
        try (var proxy = CorruptingProxy.observing(settings.endpoint()); var store = throughProxy(proxy)) {
            store.ensureBucket();

            store.store(key, new ByteArrayInputStream(wav), wav.length, null);

            assertThat(requestsFor(proxy, key)).singleElement().satisfies(head -> assertThat(head)
                    .startsWith("put ").contains("\r\nif-none-match: *\r\n")
                    .contains("\r\nx-amz-checksum-sha256: ").contains("\r\nx-amz-content-sha256: unsigned-payload\r\n")
                    .contains("\r\ncontent-length: " + wav.length + "\r\n"));
            assertThat(store.timings().lookups()).isZero();
        }
    }

    @Test
    void anotherRecordingUnderAStoredKeyIsRefusedAndTheSameOneAgainIsAHarmlessRetry() throws Exception {
        try (var proxy = CorruptingProxy.observing(settings.endpoint()); var store = throughProxy(proxy);
             var raw = RawS3.client(settings)) {
            store.ensureBucket();
            StoredRecording first = store.store(key, new ByteArrayInputStream(wav), wav.length, null);

            assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(other), other.length, null))
                    .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("already stored");
            StoredRecording again = store.store(key, new ByteArrayInputStream(wav), wav.length, first.sha256());

            assertThat(again.sha256()).isEqualTo(first.sha256());
            assertThat(raw.getObjectAsBytes(b -> b.bucket(settings.bucket()).key(key.value())).asByteArray())
                    .isEqualTo(wav);
            assertThat(store.timings().overwritesRefused()).as("both refused by the S3 API (412)").isEqualTo(2);
            assertThat(requestsFor(proxy, key)).map(head -> head.substring(0, head.indexOf(' ')))
                    .as("each refused PUT is followed by a HEAD to tell a retry from another recording")
                    .containsExactly("put", "put", "head", "put", "head");
        }
    }

    @Test
    void ofRecordingsStoredUnderOneKeyAtTheSameMomentExactlyOneIsKept() throws Exception {
        assertExactlyOneOfConcurrentStoresIsKept(settings, false);
    }

    @Test
    void soInPartsTooWhereTheUploadIsCompletedWithIfNoneMatch() throws Exception {
        // with the digest known, the parts go to the recording's own key and S3 refuses all completions but one;
        // S3Proxy, like AWS, wants parts of 5 MiB when it completes an upload conditionally
        assertExactlyOneOfConcurrentStoresIsKept(settings.withMultipart(PART, PART), true);
    }

    private void assertExactlyOneOfConcurrentStoresIsKept(S3Settings s3, boolean knownDigest) throws Exception {
        int writers = 4;
        List<byte[]> recordings = new ArrayList<>();
        for (int i = 0; i < writers; i++) { // 5.8 MB, two parts, or 160 kB
            recordings.add(TestWavs.wav(knownDigest ? Duration.ofMinutes(6) : Duration.ofSeconds(10), 8000, 100 + i));
        }
        try (var store = S3RecordingStore.create(s3, Clock.systemUTC()); var raw = RawS3.client(s3);
             ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            store.ensureBucket();
            store.overwriteCheck();
            var start = new CountDownLatch(1);
            List<Future<StoredRecording>> attempts = new ArrayList<>();
            for (byte[] recording : recordings) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return store.store(key, new ByteArrayInputStream(recording), recording.length,
                            knownDigest ? TestWavs.sha256(recording) : null);
                }));
            }
            start.countDown();

            List<StoredRecording> kept = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<StoredRecording> attempt : attempts) {
                try {
                    kept.add(attempt.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            assertThat(kept).as(() -> "refused: " + refused.stream().map(Throwable::toString).toList()).hasSize(1);
            assertThat(refused).hasSize(writers - 1).allSatisfy(e -> assertThat(e)
                    .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("already stored"));
            byte[] stored = raw.getObjectAsBytes(b -> b.bucket(s3.bucket()).key(key.value())).asByteArray();
            assertThat(TestWavs.sha256(stored)).as("the object is the one reported stored")
                    .isEqualTo(kept.getFirst().sha256());
        }
    }

    private S3RecordingStore throughProxy(CorruptingProxy proxy) {
        return S3RecordingStore.create(S3Settings.of(proxy.endpoint(), settings.region(), settings.bucket(),
                settings.accessKey(), settings.secretKey()), Clock.systemUTC());
    }

    /** Request heads addressed to the recording's key (the start-up question's scratch object is elsewhere). */
    private static List<String> requestsFor(CorruptingProxy proxy, RecordingKey key) {
        return proxy.requestHeads().stream().filter(head -> head.lines().findFirst().orElseThrow()
                .contains("/" + key.value())).toList();
    }
}
