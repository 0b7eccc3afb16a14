package org.rollcall.recordings.s3;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.rollcall.recordings.ByteRange;
import org.rollcall.recordings.DocumentStore;
import org.rollcall.recordings.RangeNotSatisfiableException;
import org.rollcall.recordings.RecordingContent;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingNotFoundException;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.recordings.RecordingStoreException;
import org.rollcall.recordings.StoredRecording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The {@link RecordingStore} on an S3 API: AWS S3, MinIO, Ceph or S3Proxy. Thread-safe; close it to release its
 * HTTP connections.
 */
public final class S3RecordingStore implements RecordingStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3RecordingStore.class);
    private static final Duration MAX_PRESIGNED = Duration.ofDays(7);

    private final S3Settings settings;
    private final S3Client s3;
    private final S3Presigner presigner;
    private final S3Writer writer;
    private final S3ApiBehaviour api;
    private final ChecksumBoundSigner signer;
    private final WriteTimer timer = new WriteTimer();
    private final Clock clock;

    private S3RecordingStore(S3Settings settings, S3Client s3, ChecksumBoundSigner signer, S3Presigner presigner,
                             Clock clock) {
        this.settings = settings;
        this.s3 = s3;
        this.presigner = presigner;
        this.clock = clock;
        this.signer = signer;
        this.api = new S3ApiBehaviour(settings, s3, signer);
        this.writer = new S3Writer(settings, s3, this::find, api, timer, clock);
    }

    /** @param clock the application's clock, for the time a recording is reported stored */
    public static S3RecordingStore create(S3Settings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        AwsCredentialsProvider credentials = settings.accessKey() == null
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                        settings.secretKey()));
        var signer = new ChecksumBoundSigner();
        var client = S3Client.builder()
                .putAuthScheme(sigV4(signer))
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(64)
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)))
                // we send our own SHA-256 checksums as headers; no SDK-chosen CRC trailers on top of them
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presigner = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle())
                        .build());
        if (settings.endpoint() != null) {
            client.endpointOverride(settings.endpoint());
            presigner.endpointOverride(settings.endpoint());
        }
        return new S3RecordingStore(settings, client.build(), signer, presigner.build(), clock);
    }

    /** The SDK's SigV4 scheme, with our signer (see {@link ChecksumBoundSigner}). */
    private static AwsV4AuthScheme sigV4(ChecksumBoundSigner signer) {
        return new AwsV4AuthScheme() {
            @Override
            public String schemeId() {
                return SCHEME_ID;
            }

            @Override
            public IdentityProvider<AwsCredentialsIdentity> identityProvider(IdentityProviders providers) {
                return providers.identityProvider(AwsCredentialsIdentity.class);
            }

            @Override
            public AwsV4HttpSigner signer() {
                return signer;
            }
        };
    }

    public S3Settings settings() {
        return settings;
    }

    /** Creates the bucket when it does not exist yet (handy for MinIO and S3Proxy; on AWS prefer IaC). */
    /** Documents (PDF letters) in the same bucket and with the same encryption, under {@code documents/}. */
    public DocumentStore documents() {
        return new S3DocumentStore(settings, s3);
    }

    public void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
        } catch (S3Exception e) {
            if (!S3Failures.isNotFound(e)) {
                throw S3Failures.translate("check the bucket", settings, e);
            }
            createBucket();
        } catch (SdkException e) {
            throw S3Failures.translate("check the bucket", settings, e);
        }
    }

    /**
     * Asks the S3 API whether the bucket is there and reachable with these credentials (one HEAD), for health checks.
     *
     * @throws RecordingStoreException saying why not
     */
    public void checkBucket() {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
        } catch (SdkException e) {
            throw S3Failures.translate("check the bucket", settings, e);
        }
    }

    private void createBucket() {
        // outside us-east-1, AWS wants the region again as a location constraint; other S3 APIs ignore it
        boolean constrain = settings.endpoint() == null && !settings.region().equals("us-east-1");
        try {
            s3.createBucket(b -> {
                b.bucket(settings.bucket());
                if (constrain) {
                    b.createBucketConfiguration(c -> c.locationConstraint(settings.region()));
                }
            });
            log.info("Created bucket {}", settings.bucket());
        } catch (BucketAlreadyOwnedByYouException e) {
            log.debug("Bucket {} was created meanwhile", settings.bucket());
        } catch (SdkException e) {
            throw S3Failures.translate("create the bucket", settings, e);
        }
    }

    /**
     * How this store keeps stored recordings from being overwritten: {@link OverwriteCheck#IF_NONE_MATCH} or
     * {@link OverwriteCheck#HEAD_FIRST}. With {@link OverwriteCheck#AUTO} the first call (or store) asks the S3 API
     * what it refuses, once, with a scratch object under {@code probes/} (see also {@link #signsBodies()}); call it
     * at start-up to ask then.
     *
     * @throws RecordingStoreException when the S3 API cannot be asked now (the next call or store asks again)
     */
    public OverwriteCheck overwriteCheck() {
        return api.overwriteCheck();
    }

    /**
     * Whether uploads' bodies are SigV4-signed as well as their SHA-256 checksum header. Over HTTPS never (the SDK's
     * way); over plain HTTP unless the S3 API has been seen to refuse a body that does not match its checksum, which
     * {@link #overwriteCheck()} finds out with {@link OverwriteCheck#AUTO}.
     */
    public boolean signsBodies() {
        return settings.endpoint() != null && "http".equalsIgnoreCase(settings.endpoint().getScheme())
                && !signer.checksumsTrusted();
    }

    /** Where this store's writes have spent their time so far. */
    public StoreTimings timings() {
        return timer.snapshot();
    }

    @Override
    public StoredRecording store(RecordingKey key, InputStream wav, long length, String expectedSha256) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(wav, "wav");
        return writer.store(key, wav, length, expectedSha256);
    }

    @Override
    public Optional<StoredRecording> find(RecordingKey key) {
        try {
            return Optional.of(RecordingObjects.fromHead(key, clock,
                    s3.headObject(b -> b.bucket(settings.bucket()).key(key.value()))));
        } catch (S3Exception e) {
            if (S3Failures.isNotFound(e)) {
                return Optional.empty();
            }
            throw S3Failures.translate("look up " + key, settings, e);
        } catch (SdkException e) {
            throw S3Failures.translate("look up " + key, settings, e);
        }
    }

    @Override
    public RecordingContent open(RecordingKey key, ByteRange range) {
        var request = GetObjectRequest.builder().bucket(settings.bucket()).key(key.value());
        if (range != null) {
            request.range("bytes=" + range.first() + "-" + (range.last() < 0 ? "" : range.last()));
        }
        try {
            var stream = s3.getObject(request.build());
            var response = stream.response();
            long[] span = ContentRange.parse(response.contentRange(), response.contentLength());
            return new RecordingContent(stream, span[0], span[1], span[2],
                    response.contentType() == null ? RecordingObjects.CONTENT_TYPE : response.contentType());
        } catch (S3Exception e) {
            if (S3Failures.isNotFound(e)) {
                throw new RecordingNotFoundException(key);
            }
            if (e.statusCode() == 416 && range != null) {
                throw new RangeNotSatisfiableException(key, range, find(key).map(StoredRecording::bytes).orElse(0L));
            }
            throw S3Failures.translate("read " + key, settings, e);
        } catch (SdkException e) {
            throw S3Failures.translate("read " + key, settings, e);
        }
    }

    @Override
    public URI presignedUrl(RecordingKey key, Duration validFor) {
        if (validFor == null || validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_PRESIGNED) > 0) {
            throw new IllegalArgumentException("a presigned URL must be valid for more than 0 and at most 7 days, "
                    + "not " + validFor);
        }
        try {
            return presigner.presignGetObject(p -> p.signatureDuration(validFor)
                    .getObjectRequest(g -> g.bucket(settings.bucket()).key(key.value()))).url().toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK presigned an invalid URL", e);
        } catch (SdkException e) {
            throw S3Failures.translate("presign " + key, settings, e);
        }
    }

    @Override
    public void delete(RecordingKey key) {
        try {
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(key.value()));
        } catch (S3Exception e) {
            if (!S3Failures.isNotFound(e)) {
                throw S3Failures.translate("delete " + key, settings, e);
            }
        } catch (SdkException e) {
            throw S3Failures.translate("delete " + key, settings, e);
        }
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }

    @Override
    public String toString() {
        return "S3RecordingStore[" + settings + "]";
    }
}
