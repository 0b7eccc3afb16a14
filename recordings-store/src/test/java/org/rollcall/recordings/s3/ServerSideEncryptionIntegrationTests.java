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
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStoreException;
import org.rollcall.recordings.TestS3;
import org.rollcall.recordings.TestWavs;

/**
 * The encryption asked for in the settings goes with every upload, single PUT and multipart alike, as the headers
 * S3 reads (seen on the wire through a watching proxy); with none asked for, none is sent. S3Proxy's filesystem
 * backend implements no encryption and answers 501, which is also what a user of such an S3 API is told: a clear
 * refusal, nothing stored, never an unencrypted copy.
 */
class ServerSideEncryptionIntegrationTests {

    private static final long PART = 64 * 1024;

    private final S3Settings direct = TestS3.freshBucket();
    private final RecordingKey key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));

    @Test
    void sseS3IsAskedForOnASinglePut() throws Exception {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 1);
        try (var proxy = CorruptingProxy.observing(direct.endpoint());
             var store = throughProxy(proxy, ServerSideEncryption.S3, null)) {
            assertRefusedAsUnsupported(store, wav);
            assertThat(writes(proxy)).isNotEmpty().allSatisfy(head -> assertThat(head)
                    .contains("\r\nx-amz-server-side-encryption: aes256\r\n").doesNotContain("aws-kms-key-id"));
        }
    }

    @Test
    void sseKmsWithItsKeyIsAskedForWhenAMultipartUploadStarts() throws Exception {
        String keyId = "arn:aws:kms:eu-west-2:111122223333:key/rollcall-recordings";
        byte[] large = TestWavs.wav(Duration.ofSeconds(10), 8000, 2); // 160 kB, above the 64 kB threshold
        try (var proxy = CorruptingProxy.observing(direct.endpoint());
             var store = throughProxy(proxy, ServerSideEncryption.KMS, keyId)) {
            assertRefusedAsUnsupported(store, large);
            assertThat(writes(proxy)).isNotEmpty().allSatisfy(head -> assertThat(head)
                    .startsWith("post ").contains("?uploads")
                    .contains("\r\nx-amz-server-side-encryption: aws:kms\r\n")
                    .contains("\r\nx-amz-server-side-encryption-aws-kms-key-id: " + keyId + "\r\n"));
        }
    }

    @Test
    void theScratchObjectOfTheStartUpQuestionAsksForTheSameEncryption() throws Exception {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 4);
        try (var proxy = CorruptingProxy.observing(direct.endpoint());
             var store = S3RecordingStore.create(S3Settings.of(proxy.endpoint(), direct.region(), direct.bucket(),
                     direct.accessKey(), direct.secretKey()).withEncryption(ServerSideEncryption.S3, null),
                     Clock.systemUTC())) {
            store.ensureBucket();

            assertRefusedAsUnsupported(store, wav);
            assertThat(proxy.requestHeads()).filteredOn(head -> head.startsWith("put ") && head.contains("/probes/"))
                    .isNotEmpty().allSatisfy(head -> assertThat(head)
                            .contains("\r\nx-amz-server-side-encryption: aes256\r\n"));
        }
    }

    @Test
    void noEncryptionHeaderWhenNoneIsConfigured() throws Exception {
        byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 3);
        try (var proxy = CorruptingProxy.observing(direct.endpoint());
             var store = throughProxy(proxy, ServerSideEncryption.NONE, null)) {
            store.store(key, new ByteArrayInputStream(wav), wav.length, TestWavs.sha256(wav));
            assertThat(store.find(key)).isPresent();
            assertThat(writes(proxy)).isNotEmpty().allSatisfy(head -> assertThat(head)
                    .doesNotContain("x-amz-server-side-encryption"));
        }
    }

    private void assertRefusedAsUnsupported(S3RecordingStore store, byte[] wav) {
        assertThatThrownBy(() -> store.store(key, new ByteArrayInputStream(wav), wav.length, TestWavs.sha256(wav)))
                .isInstanceOf(RecordingStoreException.class)
                .hasMessageContaining("HTTP 501 NotImplemented: Server-side encryption is not supported");
        assertThat(store.find(key)).as("nothing stored unencrypted").isEmpty();
    }

    /** A chosen overwrite check, so no start-up question comes before the recording's own writes. */
    private S3RecordingStore throughProxy(CorruptingProxy proxy, ServerSideEncryption sse, String kmsKeyId) {
        S3RecordingStore store = S3RecordingStore.create(S3Settings.of(proxy.endpoint(), direct.region(),
                direct.bucket(), direct.accessKey(), direct.secretKey()).withMultipart(PART, PART)
                .withEncryption(sse, kmsKeyId).withOverwriteCheck(OverwriteCheck.HEAD_FIRST), Clock.systemUTC());
        store.ensureBucket();
        return store;
    }

    /** Requests that write an object (a whole PUT, or the POST starting a multipart upload); the SDK may retry one. */
    private static List<String> writes(CorruptingProxy proxy) {
        return proxy.requestHeads().stream().filter(h -> h.contains("/recordings/"))
                .filter(h -> h.startsWith("put ") && !h.contains("partnumber=")
                        || h.startsWith("post ") && h.contains("?uploads"))
                .toList();
    }
}
