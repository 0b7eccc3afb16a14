package org.rollcall.recordings.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.rollcall.recordings.CorruptedInTransitException;
import org.rollcall.recordings.TestS3;
import org.rollcall.recordings.TestWavs;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3 API itself checks the SHA-256 header the store sends, so bytes damaged in transit are refused. */
class ChecksumHeaderIntegrationTests {

    @Test
    void theServerRefusesBytesThatDoNotMatchTheirChecksumHeader() {
        S3Settings settings = TestS3.freshBucket();
        try (var store = S3RecordingStore.create(settings, Clock.systemUTC()); var raw = RawS3.client(settings)) {
            store.ensureBucket();
            byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 1);
            String wrong = RecordingObjects.base64(TestWavs.sha256(TestWavs.wav(Duration.ofSeconds(1), 8000, 2)));

            assertThatThrownBy(() -> raw.putObject(b -> b.bucket(settings.bucket()).key("x.wav")
                    .checksumSHA256(wrong), RequestBody.fromBytes(wav)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(
                            S3Failures.translate("store x.wav", settings, e))
                            .as("damage on the wire: retryable, never a rejected recording")
                            .isInstanceOf(CorruptedInTransitException.class)
                            .hasMessageContaining("damaged on the way"));
        }
    }
}
