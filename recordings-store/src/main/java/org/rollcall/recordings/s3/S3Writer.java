package org.rollcall.recordings.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.DigestInputStream;
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
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The write path. Up to the multipart threshold a recording is read into memory, hashed as it is read, and sent in
 * one PUT with its SHA-256 as the checksum header, so S3 verifies it. Where the S3 API honours it the PUT carries
 * {@code If-None-Match: *}, so S3 itself refuses to replace a stored recording and no HEAD is needed first; the
 * stored object is looked up only when S3 refuses, to tell a retry (same bytes: harmless) from a different
 * recording (refused). Larger recordings go in parts, each with its own checksum, after a HEAD; the upload is
 * completed only once the whole file's digest and length are known to be right: a corrupt or short recording is
 * never visible in the bucket.
 */
final class S3Writer {

    private final S3Settings settings;
    private final S3Client s3;
    private final Function<RecordingKey, Optional<StoredRecording>> find;
    private final S3ApiBehaviour api;
    private final WriteTimer timer;
    private final java.time.Clock clock;

    S3Writer(S3Settings settings, S3Client s3, Function<RecordingKey, Optional<StoredRecording>> find,
             S3ApiBehaviour api, WriteTimer timer, java.time.Clock clock) {
        this.settings = settings;
        this.s3 = s3;
        this.find = find;
        this.api = api;
        this.timer = timer;
        this.clock = clock;
    }

    StoredRecording store(RecordingKey key, InputStream wav, long length, String expectedSha256) {
        String expected = Sha256.requireHexOrNull(expectedSha256);
        long reading = System.nanoTime();
        RecordingBuffer read = RecordingBuffer.read(key, wav, length, (int) settings.multipartThresholdBytes());
        WavHeader header = WavHeader.parse(read.bytes(), read.length());
        timer.read(reading);
        try {
            StoredRecording stored = read.whole() ? putWhole(key, read, length, expected, header)
                    : putInParts(key, read, wav, length, expected, header);
            timer.stored();
            return stored;
        } catch (SdkException e) {
            throw S3Failures.translate("store " + key, settings, e);
        }
    }

    private StoredRecording putWhole(RecordingKey key, RecordingBuffer read, long length, String expected,
                                     WavHeader header) {
        boolean ifNoneMatch = api.ifNoneMatch();
        Optional<StoredRecording> existing = ifNoneMatch ? Optional.empty() : lookUp(key);
        if (expected != null && existing.isPresent()) {
            return sameOrRefuse(existing.get(), expected);
        }
        String sha = read.sha256();
        try {
            verify(key, length, read.length(), expected, sha);
        } catch (InvalidRecordingException e) {
            // with no HEAD first: a spool's copy damaged after an earlier store of it succeeded is not a loss
            Optional<StoredRecording> stored = expected == null || !ifNoneMatch ? Optional.empty()
                    : lookUp(key).filter(s -> expected.equals(s.sha256()));
            return stored.orElseThrow(() -> e);
        }
        if (existing.isPresent()) {
            return sameOrRefuse(existing.get(), sha);
        }
        Duration duration = header.duration(read.length());
        long uploading = System.nanoTime();
        try {
            s3.putObject(b -> b.bucket(settings.bucket()).key(key.value()).ifNoneMatch(ifNoneMatch ? "*" : null)
                    .contentType(RecordingObjects.CONTENT_TYPE).contentLength((long) read.length())
                    .checksumSHA256(RecordingObjects.base64(sha))
                    .metadata(RecordingObjects.metadata(key, sha, duration))
                    .serverSideEncryption(sse(settings)).ssekmsKeyId(kmsKeyId(settings)), read.body());
        } catch (S3Exception e) {
            return refusedOrRethrow(key, sha, e);
        } finally {
            timer.uploaded(uploading);
        }
        return stored(key, read.length(), sha, duration);
    }

    private StoredRecording putInParts(RecordingKey key, RecordingBuffer head, InputStream rest, long length,
                                       String expected, WavHeader header) {
        // a HEAD first: it costs nothing next to the parts, which it can spare uploading again on a retry
        Optional<StoredRecording> existing = lookUp(key);
        if (expected != null && existing.isPresent()) {
            return sameOrRefuse(existing.get(), expected);
        }
        // metadata is fixed when an upload begins: with the digest unknown until the end, upload to a scratch key
        // and copy it into place with its metadata once known
        boolean direct = expected != null && length > 0;
        String target = direct ? key.value() : "uploads/" + UUID.randomUUID() + ".wav";
        Map<String, String> metadata = direct ? RecordingObjects.metadata(key, expected, header.duration(length))
                : Map.of(RecordingObjects.CALL_ID, key.callId().toString());
        long uploading = System.nanoTime();
        var upload = MultipartUpload.begin(s3, CreateMultipartUploadRequest.builder().bucket(settings.bucket())
                .key(target).contentType(RecordingObjects.CONTENT_TYPE).metadata(metadata)
                .serverSideEncryption(sse(settings)).ssekmsKeyId(kmsKeyId(settings)).build());
        try {
            // the head was hashed as it was read; the rest is hashed as the parts are read
            var digested = new DigestInputStream(rest, head.digest());
            InputStream wav = new SequenceInputStream(head.stream(), digested);
            long total = 0;
            for (byte[] part = nextPart(key, wav); part.length > 0; part = nextPart(key, wav)) {
                total += part.length;
                upload.upload(part);
            }
            String sha = Sha256.hex(head.digest().digest());
            verify(key, length, total, expected, sha);
            if (existing.isPresent()) {
                return sameOrRefuse(existing.get(), sha);
            }
            try {
                upload.complete(direct && api.ifNoneMatch());
            } catch (S3Exception e) {
                return refusedOrRethrow(key, sha, e);
            }
            Duration duration = header.duration(total);
            if (!direct) {
                moveIntoPlace(target, key, sha, duration);
            }
            return stored(key, total, sha, duration);
        } finally {
            upload.abortUnlessCompleted();
            timer.uploaded(uploading);
        }
    }

    /** 412: the key is taken, by this recording (a retry) or another; 409: a concurrent write, try again later. */
    private StoredRecording refusedOrRethrow(RecordingKey key, String sha, S3Exception e) {
        if (e.statusCode() == 412) {
            timer.overwriteRefused();
            return sameOrRefuse(lookUp(key).orElseThrow(() -> new RecordingStoreException("the S3 API refused to "
                    + "store " + key + " because the key was taken, but nothing is there now (deleted meanwhile); "
                    + "try again", e)), sha);
        }
        if (e.statusCode() == 409) {
            throw new RecordingStoreException("another write of " + key + " was under way at the S3 API ("
                    + e.awsErrorDetails().errorCode() + "); nothing was stored by this one, try again", e);
        }
        throw e;
    }

    private Optional<StoredRecording> lookUp(RecordingKey key) {
        long started = System.nanoTime();
        try {
            return find.apply(key);
        } finally {
            timer.lookedUp(started);
        }
    }

    private void moveIntoPlace(String scratch, RecordingKey key, String sha, Duration duration) {
        try {
            s3.copyObject(b -> b.sourceBucket(settings.bucket()).sourceKey(scratch)
                    .destinationBucket(settings.bucket()).destinationKey(key.value())
                    .metadataDirective(MetadataDirective.REPLACE).contentType(RecordingObjects.CONTENT_TYPE)
                    .metadata(RecordingObjects.metadata(key, sha, duration)).checksumAlgorithm(ChecksumAlgorithm.SHA256)
                    .serverSideEncryption(sse(settings)).ssekmsKeyId(kmsKeyId(settings)));
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

    private byte[] nextPart(RecordingKey key, InputStream in) {
        try {
            return in.readNBytes((int) settings.partSizeBytes());
        } catch (IOException e) {
            throw new RecordingStoreException("could not read the recording " + key + " to store it", e);
        }
    }

    static software.amazon.awssdk.services.s3.model.ServerSideEncryption sse(S3Settings settings) {
        return switch (settings.sse()) {
            case NONE -> null;
            case S3 -> software.amazon.awssdk.services.s3.model.ServerSideEncryption.AES256;
            case KMS -> software.amazon.awssdk.services.s3.model.ServerSideEncryption.AWS_KMS;
        };
    }

    static String kmsKeyId(S3Settings settings) {
        return settings.sse() == ServerSideEncryption.KMS && settings.kmsKeyId() != null
                && !settings.kmsKeyId().isBlank() ? settings.kmsKeyId() : null;
    }
}
