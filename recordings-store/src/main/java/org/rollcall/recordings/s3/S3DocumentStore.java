package org.rollcall.recordings.s3;

import java.util.Map;
import java.util.Objects;

import org.rollcall.recordings.DocumentKey;
import org.rollcall.recordings.DocumentStore;
import org.rollcall.recordings.RecordingStoreException;
import org.rollcall.recordings.Sha256;
import org.rollcall.recordings.StoredDocument;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Documents on the recordings' S3 client and bucket, under {@code documents/}. Each upload carries its SHA-256 as
 * {@code x-amz-checksum-sha256} (the S3 API refuses a body that does not match) and in the object's metadata, and is
 * encrypted as the recordings are ({@code rollcall.recording.s3.sse}).
 */
final class S3DocumentStore implements DocumentStore {

    private final S3Settings settings;
    private final S3Client s3;

    S3DocumentStore(S3Settings settings, S3Client s3) {
        this.settings = settings;
        this.s3 = s3;
    }

    @Override
    public StoredDocument store(DocumentKey key, byte[] content, String contentType) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        String sha = Sha256.hex(Sha256.newDigest().digest(content));
        try {
            s3.putObject(b -> b.bucket(settings.bucket()).key(key.value()).contentType(contentType)
                    .contentLength((long) content.length).checksumSHA256(RecordingObjects.base64(sha))
                    .metadata(Map.of(RecordingObjects.SHA256, sha))
                    .serverSideEncryption(S3Writer.sse(settings)).ssekmsKeyId(S3Writer.kmsKeyId(settings)),
                    RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw asStoreException(S3Failures.translate("store " + key, settings, e));
        }
        return new StoredDocument(key, content.length, sha, contentType);
    }

    @Override
    public byte[] read(DocumentKey key) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(settings.bucket()).key(key.value())).asByteArray();
        } catch (SdkException e) {
            throw asStoreException(S3Failures.translate("read " + key, settings, e));
        }
    }

    private static RecordingStoreException asStoreException(RuntimeException e) {
        return e instanceof RecordingStoreException r ? r : new RecordingStoreException(e.getMessage(), e);
    }
}
