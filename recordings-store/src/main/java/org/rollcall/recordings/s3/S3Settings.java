package org.rollcall.recordings.s3;

import java.net.URI;
import java.util.Objects;

/**
 * Where and how recordings are kept in an S3 API (AWS S3, MinIO, Ceph, S3Proxy).
 *
 * @param endpoint the S3 API's URL, or null for AWS S3 itself
 * @param region signing region; blank means {@value #DEFAULT_REGION}
 * @param pathStyle address buckets as {@code endpoint/bucket} (MinIO, S3Proxy) rather than as a host name
 * @param accessKey with {@code secretKey}; both null to use the AWS default credentials chain
 * @param multipartThresholdBytes larger recordings go up in parts; this much is held in memory per upload
 * @param partSizeBytes size of each part; AWS S3 needs at least 5 MiB
 * @param kmsKeyId the KMS key for {@link ServerSideEncryption#KMS}; null for the account's default key
 * @param overwriteCheck how stored recordings are kept from being overwritten; null = {@link OverwriteCheck#AUTO}
 */
public record S3Settings(URI endpoint, String region, String bucket, boolean pathStyle, String accessKey,
                         String secretKey, long multipartThresholdBytes, long partSizeBytes,
                         ServerSideEncryption sse, String kmsKeyId, OverwriteCheck overwriteCheck) {

    public static final String DEFAULT_REGION = "eu-west-2";
    public static final long DEFAULT_MULTIPART_BYTES = 8L * 1024 * 1024;
    static final long MIN_MULTIPART_BYTES = 64 * 1024;
    static final long MAX_BUFFER_BYTES = 512L * 1024 * 1024;

    public S3Settings {
        region = region == null || region.isBlank() ? DEFAULT_REGION : region.strip();
        Objects.requireNonNull(bucket, "bucket");
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("bucket '" + bucket + "' is not a valid S3 bucket name: use 3-63 "
                    + "lower-case letters, digits, dots or hyphens");
        }
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException("give both an access key and a secret key, or neither to use the "
                    + "AWS default credentials chain");
        }
        multipartThresholdBytes = orDefault(multipartThresholdBytes, "multipart threshold");
        partSizeBytes = orDefault(partSizeBytes, "part size");
        sse = sse == null ? ServerSideEncryption.NONE : sse;
        if (kmsKeyId != null && !kmsKeyId.isBlank() && sse != ServerSideEncryption.KMS) {
            throw new IllegalArgumentException("a KMS key id is only used with server-side encryption KMS");
        }
        overwriteCheck = overwriteCheck == null ? OverwriteCheck.AUTO : overwriteCheck;
    }

    /** An S3-compatible server with static keys, path-style addressing and default part sizes. */
    public static S3Settings of(URI endpoint, String region, String bucket, String accessKey, String secretKey) {
        return new S3Settings(endpoint, region, bucket, true, accessKey, secretKey, 0, 0, ServerSideEncryption.NONE,
                null, OverwriteCheck.AUTO);
    }

    public S3Settings withMultipart(long thresholdBytes, long partBytes) {
        return new S3Settings(endpoint, region, bucket, pathStyle, accessKey, secretKey, thresholdBytes, partBytes,
                sse, kmsKeyId, overwriteCheck);
    }

    public S3Settings withEncryption(ServerSideEncryption encryption, String kmsKey) {
        return new S3Settings(endpoint, region, bucket, pathStyle, accessKey, secretKey, multipartThresholdBytes,
                partSizeBytes, encryption, kmsKey, overwriteCheck);
    }

    public S3Settings withOverwriteCheck(OverwriteCheck check) {
        return new S3Settings(endpoint, region, bucket, pathStyle, accessKey, secretKey, multipartThresholdBytes,
                partSizeBytes, sse, kmsKeyId, check);
    }

    private static long orDefault(long bytes, String what) {
        if (bytes <= 0) {
            return DEFAULT_MULTIPART_BYTES;
        }
        if (bytes < MIN_MULTIPART_BYTES || bytes > MAX_BUFFER_BYTES) {
            throw new IllegalArgumentException(what + " " + bytes + " is outside " + MIN_MULTIPART_BYTES + ".."
                    + MAX_BUFFER_BYTES + " bytes (it is held in memory); 8 MiB is a good value");
        }
        return bytes;
    }

    /** Keeps the secret key out of logs. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + (endpoint == null ? "AWS" : endpoint) + ", region=" + region + ", bucket="
                + bucket + ", pathStyle=" + pathStyle + ", accessKey=" + accessKey + ", secretKey="
                + (secretKey == null ? null : "****") + ", multipartThresholdBytes=" + multipartThresholdBytes
                + ", partSizeBytes=" + partSizeBytes + ", sse=" + sse + ", kmsKeyId=" + kmsKeyId + ", overwriteCheck="
                + overwriteCheck + "]";
    }
}
