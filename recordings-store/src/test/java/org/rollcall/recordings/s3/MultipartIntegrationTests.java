package org.rollcall.recordings.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollcall.recordings.InvalidRecordingException;
import org.rollcall.recordings.RecordingContent;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.recordings.TestS3;
import org.rollcall.recordings.TestWavs;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Recordings above the threshold go up in 5 MiB parts (the smallest AWS S3 allows), each with a checksum. */
class MultipartIntegrationTests {

    private static final long PART = 5L * 1024 * 1024;
    private static final byte[] WAV = TestWavs.wavOfAbout(12L * 1024 * 1024, 42); // three parts
    private static final String SHA = TestWavs.sha256(WAV);

    private S3Settings settings;
    private S3RecordingStore store;
    private S3Client raw;
    private final RecordingKey key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));

    @BeforeEach
    void bucket() {
        settings = TestS3.freshBucket().withMultipart(PART, PART);
        store = S3RecordingStore.create(settings, Clock.systemUTC());
        store.ensureBucket();
        raw = RawS3.client(settings);
    }

    @AfterEach
    void close() {
        store.close();
        raw.close();
    }

    @Test
    void uploadsALargeRecordingInPartsWhenItsDigestIsKnown() throws Exception {
        StoredRecording stored = store.store(key, new ByteArrayInputStream(WAV), WAV.length, SHA);

        assertStored(stored);
        // an S3 multipart ETag is "{md5 of the parts' md5s}-{part count}": proof it really went up in three parts
        assertThat(raw.headObject(b -> b.bucket(settings.bucket()).key(key.value())).eTag())
                .matches("\"?[0-9a-f]{32}-3\"?");
    }

    @Test
    void uploadsALargeRecordingInPartsAndMovesItIntoPlaceWhenItsDigestIsNot() throws Exception {
        StoredRecording stored = store.store(key, new ByteArrayInputStream(WAV), -1, null);

        assertStored(stored);
        assertThat(objects()).as("no scratch object left").extracting(S3Object::key).containsExactly(key.value());
    }

    @Test
    void abortsACorruptedLargeUpload() {
        byte[] corrupted = WAV.clone();
        corrupted[corrupted.length - 3] ^= 1;

        assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(corrupted), WAV.length, SHA))
                .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("corrupt");
        assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(corrupted), -1, SHA))
                .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("corrupt");

        assertThat(store.find(key)).isEmpty();
        assertThat(objects()).isEmpty();
        assertThat(raw.listMultipartUploads(b -> b.bucket(settings.bucket())).uploads()).isEmpty();
    }

    @Test
    void storingTheSameLargeRecordingAgainIsHarmless() {
        store.store(key, new ByteArrayInputStream(WAV), WAV.length, SHA);

        assertThat(store.store(key, new ByteArrayInputStream(WAV), -1, null).sha256()).isEqualTo(SHA);
        assertThat(store.store(key, new ByteArrayInputStream(WAV), WAV.length, SHA).sha256()).isEqualTo(SHA);
        assertThat(objects()).hasSize(1);
    }

    private void assertStored(StoredRecording stored) throws Exception {
        assertThat(stored.sha256()).isEqualTo(SHA);
        assertThat(stored.bytes()).isEqualTo(WAV.length);
        var head = raw.headObject(b -> b.bucket(settings.bucket()).key(key.value()));
        assertThat(head.metadata()).containsEntry("sha256", SHA);
        assertThat(store.find(key).orElseThrow().duration()).isEqualTo(stored.duration());
        try (RecordingContent content = store.open(key, null)) {
            assertThat(content.stream().readAllBytes()).isEqualTo(WAV);
        }
    }

    private java.util.List<S3Object> objects() {
        return raw.listObjectsV2(b -> b.bucket(settings.bucket())).contents();
    }
}
