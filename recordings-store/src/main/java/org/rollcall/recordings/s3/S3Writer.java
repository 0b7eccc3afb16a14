package org.rollcall.recordings.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.rollcall.recordings.InvalidRecordingException;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStoreException;
import org.rollcall.recordings.Sha256;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.recordings.WavHeader;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.MetadataDirective;

/**
 * The write path. Up to the multipart threshold a recording is read into memory, hashed and sent in one PUT with
 * its SHA-256 as the checksum header, so S3 verifies it. Larger ones go in parts, each with its own checksum, and
 * the upload is completed only once the whole file's digest and length are known to be right: a corrupt or short
 * recording is never visible in the bucket.
 */
final class S3Writer {

    private final S3Settings settings;
    private final S3Client s3;
    private final Function<RecordingKey, Optional<StoredRecording>> find;
    private final java.time.Clock clock;

    S3Writer(S3Settings settings, S3Client s3, Function<RecordingKey, Optional<StoredRecording>> find,
             java.time.Clock clock) {
        this.settings = settings;
        this.s3 = s3;
        this.find = find;
        this.clock = clock;
    }

    StoredRecording store(RecordingKey key, InputStream wav, long length, String expectedSha256) {
        String expected = Sha256.requireHexOrNull(expectedSha256);
        byte[] head = read(key, wav, (int) settings.multipartThresholdBytes() + 1);
        WavHeader header = WavHeader.parse(head, head.length);
        Optional<StoredRecording> existing = find.apply(key);
        if (expected != null && existing.isPresent()) {
            return sameOrRefuse(existing.get(), expected);
        }
        try {
            return head.length <= settings.multipartThresholdBytes()
                    ? putWhole(key, head, length, expected, header, existing)
                    : putInParts(key, new SequenceInputStream(new ByteArrayInputStream(head), wav), length, expected,
                            header, existing);
        } catch (SdkException e) {
            throw S3Failures.translate("store " + key, settings, e);
        }
    }

    private StoredRecording putWhole(RecordingKey key, byte[] bytes, long length, String expected, WavHeader header,
                                     Optional<StoredRecording> existing) {
        String sha = Sha256.hex(Sha256.newDigest().digest(bytes));
        verify(key, length, bytes.length, expected, sha);
        if (existing.isPresent()) {
            return sameOrRefuse(existing.get(), sha);
        }
        Duration duration = header.duration(bytes.length);
        s3.putObject(b -> b.bucket(settings.bucket()).key(key.value())
                .contentType(RecordingObjects.CONTENT_TYPE).contentLength((long) bytes.length)
                .checksumSHA256(RecordingObjects.base64(sha))
                .metadata(RecordingObjects.metadata(key, sha, duration))
                .serverSideEncryption(sse()).ssekmsKeyId(kmsKeyId()), RequestBody.fromBytes(bytes));
        return stored(key, bytes.length, sha, duration);
    }

    private StoredRecording putInParts(RecordingKey key, InputStream wav, long length, String expected,
                                       WavHeader header, Optional<StoredRecording> existing) {
        // metadata is fixed when an upload begins: with the digest unknown until the end, upload to a scratch key
        // and copy it into place with its metadata once known
        boolean direct = expected != null && length > 0;
        String target = direct ? key.value() : "uploads/" + UUID.randomUUID() + ".wav";
        Map<String, String> metadata = direct ? RecordingObjects.metadata(key, expected, header.duration(length))
                : Map.of(RecordingObjects.CALL_ID, key.callId().toString());
        var upload = MultipartUpload.begin(s3, CreateMultipartUploadRequest.builder().bucket(settings.bucket())
                .key(target).contentType(RecordingObjects.CONTENT_TYPE).metadata(metadata)
                .serverSideEncryption(sse()).ssekmsKeyId(kmsKeyId()).build());
        try {
            MessageDigest digest = Sha256.newDigest();
            long total = 0;
            for (byte[] part = read(key, wav, (int) settings.partSizeBytes()); part.length > 0;
                 part = read(key, wav, (int) settings.partSizeBytes())) {
                digest.update(part);
                total += part.length;
                upload.upload(part);
            }
            String sha = Sha256.hex(digest.digest());
            verify(key, length, total, expected, sha);
            if (existing.isPresent()) {
                return sameOrRefuse(existing.get(), sha);
            }
            upload.complete();
            Duration duration = header.duration(total);
            if (!direct) {
                moveIntoPlace(target, key, sha, duration);
            }
            return stored(key, total, sha, duration);
        } finally {
            upload.abortUnlessCompleted();
        }
    }

    private void moveIntoPlace(String scratch, RecordingKey key, String sha, Duration duration) {
        try {
            s3.copyObject(b -> b.sourceBucket(settings.bucket()).sourceKey(scratch)
                    .destinationBucket(settings.bucket()).destinationKey(key.value())
                    .metadataDirective(MetadataDirective.REPLACE).contentType(RecordingObjects.CONTENT_TYPE)
                    .metadata(RecordingObjects.metadata(key, sha, duration)).checksumAlgorithm(ChecksumAlgorithm.SHA256)
                    .serverSideEncryption(sse()).ssekmsKeyId(kmsKeyId()));
        } finally {
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(scratch));
        }
    }

    private static void verify(RecordingKey key, long declared, long actual, String expected, String sha) {
        if (declared > 0 && declared != actual) {
            throw new InvalidRecordingException("the recording " + key + " has " + actual + " bytes but " + declared
                    + " were declared; nothing was stored, send the whole file again");
        }
        if (expected != null && !expected.equals(sha)) {
            throw Sha256.mismatch(key, expected, sha);
        }
    }

    /** Same bytes again is a harmless retry; different bytes under a stored key would overwrite evidence. */
    private static StoredRecording sameOrRefuse(StoredRecording existing, String sha) {
        if (sha.equals(existing.sha256())) {
            return existing;
        }
        throw new InvalidRecordingException("a different recording (SHA-256 " + existing.sha256() + ") is already "
                + "stored under " + existing.key() + "; recordings are never overwritten, delete it first if it "
                + "really must be replaced");
    }

    private StoredRecording stored(RecordingKey key, long bytes, String sha, Duration duration) {
        return new StoredRecording(key, bytes, sha, RecordingObjects.CONTENT_TYPE, duration,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    private static byte[] read(RecordingKey key, InputStream in, int max) {
        try {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new RecordingStoreException("could not read the recording " + key + " to store it", e);
        }
    }

    private software.amazon.awssdk.services.s3.model.ServerSideEncryption sse() {
        return switch (settings.sse()) {
            case NONE -> null;
            case S3 -> software.amazon.awssdk.services.s3.model.ServerSideEncryption.AES256;
            case KMS -> software.amazon.awssdk.services.s3.model.ServerSideEncryption.AWS_KMS;
        };
    }

    private String kmsKeyId() {
        return settings.sse() == ServerSideEncryption.KMS && settings.kmsKeyId() != null
                && !settings.kmsKeyId().isBlank() ? settings.kmsKeyId() : null;
    }
}
