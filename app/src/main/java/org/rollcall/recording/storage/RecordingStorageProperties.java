package org.rollcall.recording.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.rollcall.recordings.s3.OverwriteCheck;
import org.rollcall.recordings.s3.S3Settings;
import org.rollcall.recordings.s3.ServerSideEncryption;
import org.rollcall.recordings.spool.SpoolSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where call recordings are kept. With no {@code s3.endpoint} an embedded S3 API (S3Proxy) is started with its
 * files under {@code embedded-data-directory}. Every property is listed in recordings-store/README.md.
 *
 * @param s3 the S3 API recordings are stored in
 * @param spool the local disk queue in front of it
 * @param embeddedDataDirectory where the embedded S3 API keeps its buckets when no endpoint is configured
 */
@ConfigurationProperties("rollcall.recording")
public record RecordingStorageProperties(@DefaultValue S3 s3, @DefaultValue Spool spool,
                                         @DefaultValue("data/s3") Path embeddedDataDirectory) {

    /**
     * @param endpoint the S3 API's URL (AWS S3 regional endpoint, MinIO, Ceph); unset = the embedded S3 API
     * @param pathStyle {@code endpoint/bucket} addressing; unset = true with an endpoint, false for AWS S3
     * @param accessKey with {@code secretKey}; both unset = the AWS default credentials chain
     * @param createBucket create the bucket at start-up if missing (always done for the embedded S3 API)
     * @param overwriteCheck how a stored recording is kept from being replaced: {@code auto} asks the S3 API at
     *        start-up whether it refuses {@code If-None-Match: *} overwrites (and, over plain HTTP, bodies not
     *        matching their SHA-256); {@code if-none-match} or {@code head-first} choose without asking
     */
    public record S3(URI endpoint, @DefaultValue("eu-west-2") String region,
                     @DefaultValue("rollcall-recordings") String bucket, Boolean pathStyle, String accessKey,
                     String secretKey, @DefaultValue("8MB") DataSize multipartThreshold,
                     @DefaultValue("8MB") DataSize partSize, @DefaultValue("none") ServerSideEncryption sse,
                     String kmsKeyId, @DefaultValue("false") boolean createBucket,
                     @DefaultValue("auto") OverwriteCheck overwriteCheck) {

        S3Settings settings() {
            return new S3Settings(endpoint, region, bucket, pathStyle == null ? endpoint != null : pathStyle,
                    blankToNull(accessKey), blankToNull(secretKey), multipartThreshold.toBytes(), partSize.toBytes(),
                    sse, blankToNull(kmsKeyId), overwriteCheck);
        }

        /** The embedded server's address and keys; encryption settings are for real S3 APIs only. */
        S3Settings settings(URI embeddedEndpoint, String embeddedRegion, String embeddedAccessKey,
                            String embeddedSecretKey) {
            return new S3Settings(embeddedEndpoint, embeddedRegion, bucket, true, embeddedAccessKey,
                    embeddedSecretKey, multipartThreshold.toBytes(), partSize.toBytes(), ServerSideEncryption.NONE,
                    null, overwriteCheck);
        }

        /** Keeps the secret key out of logs and failure analyses. */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", pathStyle="
                    + pathStyle + ", accessKey=" + accessKey + ", secretKey=" + (secretKey == null ? null : "****")
                    + ", multipartThreshold=" + multipartThreshold + ", partSize=" + partSize + ", sse=" + sse
                    + ", kmsKeyId=" + kmsKeyId + ", createBucket=" + createBucket + ", overwriteCheck=" + overwriteCheck
                    + "]";
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    /**
     * @param directory recordings accepted but not yet stored; keep it on durable local disk
     * @param initialBackoff wait after a failed upload, doubled after each further failure
     * @param maxBackoff longest wait between upload attempts
     * @param workers uploads in parallel
     */
    public record Spool(@DefaultValue("data/spool") Path directory, @DefaultValue("1s") Duration initialBackoff,
                        @DefaultValue("5m") Duration maxBackoff, @DefaultValue("2") int workers) {

        public SpoolSettings settings() {
            return new SpoolSettings(directory, initialBackoff, maxBackoff, workers);
        }
    }
}
