package org.rollcall.recordings.s3;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.rollcall.recordings.RecordingStoreException;
import org.rollcall.recordings.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What the store relies on the S3 API to do, with {@link OverwriteCheck#AUTO} found out once by trying it on a
 * scratch object under {@value #PROBE_PREFIX} (then deleted) rather than assumed:
 * <ul>
 * <li>whether it refuses a second PUT with {@code If-None-Match: *} (412): one that answers 501, or stores it again
 * (it ignores the header and would overwrite recordings silently), gets {@link OverwriteCheck#HEAD_FIRST};</li>
 * <li>over plain HTTP, whether it refuses a body whose SHA-256 does not match its {@code x-amz-checksum-sha256}
 * header; only then are uploads' bodies left to that checksum instead of being SigV4-signed too
 * ({@link ChecksumBoundSigner}). Over HTTPS there is nothing to learn: the SDK never signs bodies there.</li>
 * </ul>
 * A chosen overwrite check asks nothing: bodies then stay signed over plain HTTP.
 * At most four requests, once. An S3 API that cannot be reached, or answers 5xx, is asked again at the next store;
 * one that refuses the scratch object for a reason of its own (no permission on {@value #PROBE_PREFIX}, a bucket
 * policy) gets the choices that rely on nothing: signed bodies, {@link OverwriteCheck#HEAD_FIRST}.
 */
final class S3ApiBehaviour {

    static final String PROBE_PREFIX = "probes/";
    private static final Logger log = LoggerFactory.getLogger(S3ApiBehaviour.class);
    private static final byte[] BODY = "Rollcall checks what this S3 API refuses; delete me".getBytes(
            StandardCharsets.US_ASCII);

    private final S3Settings settings;
    private final S3Client s3;
    private final ChecksumBoundSigner signer;
    private volatile OverwriteCheck overwriteCheck;
    private volatile boolean checksumsAsked;

    S3ApiBehaviour(S3Settings settings, S3Client s3, ChecksumBoundSigner signer) {
        this.settings = settings;
        this.s3 = s3;
        this.signer = signer;
        this.overwriteCheck = settings.overwriteCheck() == OverwriteCheck.AUTO ? null : settings.overwriteCheck();
        // over HTTPS the SDK never signs bodies, so there is nothing to learn; a chosen overwrite check asks nothing
        this.checksumsAsked = overwriteCheck != null || settings.endpoint() == null
                || !"http".equalsIgnoreCase(settings.endpoint().getScheme());
    }

    /** {@link OverwriteCheck#IF_NONE_MATCH} or {@link OverwriteCheck#HEAD_FIRST}; asks the S3 API if need be. */
    OverwriteCheck overwriteCheck() {
        if (overwriteCheck == null || !checksumsAsked) {
            synchronized (this) {
                if (overwriteCheck == null || !checksumsAsked) {
                    probe();
                }
            }
        }
        return overwriteCheck;
    }

    boolean ifNoneMatch() {
        return overwriteCheck() == OverwriteCheck.IF_NONE_MATCH;
    }

    private void probe() {
        String key = PROBE_PREFIX + UUID.randomUUID();
        try {
            boolean exists = false;
            try {
                if (!checksumsAsked) {
                    exists = storedDespiteWrongChecksum(key);
                    checksumsAsked = true;
                }
                if (overwriteCheck == null) {
                    overwriteCheck = refusesSecondPut(key, exists) ? OverwriteCheck.IF_NONE_MATCH
                            : OverwriteCheck.HEAD_FIRST;
                }
            } finally {
                deleteQuietly(key);
            }
        } catch (S3Exception e) {
            if (e.statusCode() >= 500) {
                throw cannotAsk(e);
            }
            // refused for a reason of its own (no permission on probes/, a bucket policy): rely on nothing
            log.warn("The S3 API at {} refused the scratch object {} ({}); uploads stay SigV4-signed and each "
                    + "recording is checked with a HEAD before its PUT", where(), key, e.getMessage());
            checksumsAsked = true;
            if (overwriteCheck == null) {
                overwriteCheck = OverwriteCheck.HEAD_FIRST;
            }
        } catch (SdkException e) {
            throw cannotAsk(e);
        }
    }

    /**
     * Sends the scratch object with a SHA-256 header that does not match it, its body unsigned as uploads' bodies
     * would then be.
     *
     * @return whether the S3 API stored it anyway
     */
    private boolean storedDespiteWrongChecksum(String key) {
        String wrong = RecordingObjects.base64(Sha256.newDigest().digest(key.getBytes(StandardCharsets.US_ASCII)));
        try {
            signer.asIfTrusted(() -> s3.putObject(probe(key).checksumSHA256(wrong).build(),
                    RequestBody.fromBytes(BODY)));
        } catch (S3Exception e) {
            if (e.statusCode() >= 500) {
                throw e;
            }
            if (S3Failures.isChecksumMismatch(e)) {
                signer.trustChecksums();
                log.info("The S3 API at {} verifies x-amz-checksum-sha256 ({}): over plain HTTP the uploads' bodies "
                        + "are bound to their signature by that signed header alone (UNSIGNED-PAYLOAD)", where(),
                        e.awsErrorDetails().errorCode());
            } else {
                log.warn("The S3 API at {} refused an unsigned body with a wrong checksum for another reason ({}); "
                        + "over plain HTTP the uploads stay SigV4-signed, body included", where(), e.getMessage());
            }
            return false;
        }
        log.warn("The S3 API at {} stored a body that did not match its x-amz-checksum-sha256: it does not verify "
                + "checksums, so over plain HTTP the uploads stay SigV4-signed, body included", where());
        return true;
    }

    /** @param exists whether the scratch object is there already */
    private boolean refusesSecondPut(String key, boolean exists) {
        try {
            if (!exists) {
                s3.putObject(probe(key).ifNoneMatch("*").build(), RequestBody.fromBytes(BODY));
            }
            s3.putObject(probe(key).ifNoneMatch("*").build(), RequestBody.fromBytes(BODY));
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                log.info("The S3 API at {} refuses overwrites itself (If-None-Match: *): each recording is stored "
                        + "with one conditional PUT", where());
                return true;
            }
            if (e.statusCode() == 501) {
                log.warn("The S3 API at {} does not support conditional writes ({}); each recording is checked "
                        + "with a HEAD before its PUT instead", where(), e.awsErrorDetails().errorMessage());
                return false;
            }
            throw e;
        }
        log.warn("The S3 API at {} ignores If-None-Match: it let a second PUT replace {}; each recording is checked "
                + "with a HEAD before its PUT instead (not atomic against a concurrent writer of the same key)",
                where(), key);
        return false;
    }

    private PutObjectRequest.Builder probe(String key) {
        return PutObjectRequest.builder().bucket(settings.bucket()).key(key).contentType("text/plain")
                .serverSideEncryption(S3Writer.sse(settings)).ssekmsKeyId(S3Writer.kmsKeyId(settings));
    }

    private void deleteQuietly(String key) {
        try {
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(key));
        } catch (SdkException e) {
            log.warn("Could not delete the scratch object {} (a lifecycle rule on {} can expire it): {}", key,
                    PROBE_PREFIX, e.getMessage());
        }
    }

    private RecordingStoreException cannotAsk(SdkException e) {
        String what = S3Failures.translate("find out what the S3 API refuses (a wrong checksum, an overwrite)",
                settings, e).getMessage();
        return new RecordingStoreException(what + "; to skip the overwrite question, set the overwrite check "
                + "(rollcall.recording.s3.overwrite-check) to if-none-match or head-first", e);
    }

    private String where() {
        return settings.endpoint() == null ? "AWS S3 " + settings.region() : settings.endpoint().toString();
    }
}
