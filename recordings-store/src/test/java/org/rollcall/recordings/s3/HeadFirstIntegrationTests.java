package org.rollcall.recordings.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollcall.recordings.InvalidRecordingException;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.recordings.TestS3;
import org.rollcall.recordings.TestWavs;

/**
 * The fallback: where the S3 API does not refuse overwrites itself, or the setting says head-first, a HEAD before
 * each PUT still keeps a stored recording from being replaced. Against an S3 API that ignores If-None-Match (or
 * answers it 501) and checks no checksum ({@link LegacyS3Api}), and against S3Proxy with the setting.
 */
class HeadFirstIntegrationTests {

    private final RecordingKey key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));
    private final byte[] wav = TestWavs.wav(Duration.ofSeconds(2), 8000, 31);
    private final byte[] other = TestWavs.wav(Duration.ofSeconds(2), 8000, 32);

    @ParameterizedTest(name = "If-None-Match answered 501: {0}")
    @ValueSource(booleans = {false, true})
    void autoFindsOutAndTheStoreStillNeverOverwrites(boolean notImplemented) throws Exception {
        try (var s3 = new LegacyS3Api(notImplemented, false);
             var store = S3RecordingStore.create(S3Settings.of(s3.endpoint(), "eu-west-2", "legacy", "access",
                     "secret"), Clock.systemUTC())) {
            store.ensureBucket();

            assertThat(store.overwriteCheck()).isEqualTo(OverwriteCheck.HEAD_FIRST);
            assertThat(store.signsBodies()).as("it stored a body that did not match its SHA-256").isTrue();
            assertThat(s3.objects()).as("the scratch object is gone").isEmpty();

            StoredRecording first = store.store(key, new ByteArrayInputStream(wav), wav.length, null);
            assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(other), other.length, null))
                    .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("already stored");
            StoredRecording again = store.store(key, new ByteArrayInputStream(wav), wav.length, null);

            assertThat(again.sha256()).isEqualTo(first.sha256());
            assertThat(s3.objects().get("/legacy/" + key.value()).bytes()).isEqualTo(wav);
            assertThat(s3.requests()).filteredOn(r -> r.contains(key.value()))
                    .containsExactly("HEAD /legacy/" + key.value(), "PUT /legacy/" + key.value(),
                            "HEAD /legacy/" + key.value(), "HEAD /legacy/" + key.value());
        }
    }

    @Test
    void anS3ApiThatRefusesUnsignedBodiesKeepsThemSigned() throws Exception {
        try (var s3 = new LegacyS3Api(false, true);
             var store = S3RecordingStore.create(S3Settings.of(s3.endpoint(), "eu-west-2", "legacy", "access",
                     "secret"), Clock.systemUTC())) {
            store.ensureBucket();

            assertThat(store.overwriteCheck()).isEqualTo(OverwriteCheck.HEAD_FIRST);
            assertThat(store.signsBodies()).isTrue();
            store.store(key, new ByteArrayInputStream(wav), wav.length, null);
            assertThat(s3.objects().get("/legacy/" + key.value()).bytes()).isEqualTo(wav);
        }
    }

    @Test
    void aChosenHeadFirstAsksNothingAndChecksBeforeEveryPut() throws Exception {
        S3Settings settings = TestS3.freshBucket();
        try (var proxy = CorruptingProxy.observing(settings.endpoint());
             var store = S3RecordingStore.create(S3Settings.of(proxy.endpoint(), settings.region(),
                     settings.bucket(), settings.accessKey(), settings.secretKey())
                     .withOverwriteCheck(OverwriteCheck.HEAD_FIRST), Clock.systemUTC());
             var raw = RawS3.client(settings)) {
            store.ensureBucket();

            store.store(key, new ByteArrayInputStream(wav), wav.length, null);
            assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(other), other.length, null))
                    .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("already stored");

            List<String> heads = proxy.requestHeads();
            assertThat(heads).noneMatch(head -> head.contains("/probes/"))
                    .noneMatch(head -> head.contains("if-none-match"));
            assertThat(heads).filteredOn(head -> head.lines().findFirst().orElseThrow().contains(key.value()))
                    .map(head -> head.substring(0, head.indexOf(' '))).containsExactly("head", "put", "head");
            assertThat(store.signsBodies()).as("nothing was asked, so bodies stay signed over HTTP").isTrue();
            assertThat(raw.getObjectAsBytes(b -> b.bucket(settings.bucket()).key(key.value())).asByteArray())
                    .isEqualTo(wav);
        }
    }
}
