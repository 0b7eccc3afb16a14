package org.rollcall.recordings.s3;

import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * SigV4 as the SDK does it, except for one case. Over plain HTTP the SDK signs every payload as well (chunk by
 * chunk, a second SHA-256 pass on each side) because without a checksum nothing else would protect the body there.
 * Our uploads carry their SHA-256 in {@code x-amz-checksum-sha256}, which is itself a signed header, and an S3 API
 * that verifies it refuses a body that does not match (BadDigest): the body is already bound to the signature. So,
 * once the S3 API has been seen to refuse a wrong checksum ({@link #trustChecksums()}), a request that carries that
 * header is signed as the SDK signs it over HTTPS: headers signed, {@code UNSIGNED-PAYLOAD}, plain body. Everything
 * else, and everything before that, is signed by the SDK unchanged.
 */
final class ChecksumBoundSigner implements AwsV4HttpSigner {

    static final String CHECKSUM_HEADER = "x-amz-checksum-sha256";

    private final AwsV4HttpSigner sdk = AwsV4HttpSigner.create();
    private final ThreadLocal<Boolean> trying = ThreadLocal.withInitial(() -> false);
    private volatile boolean checksumsVerified;

    /** Called once the S3 API has refused a body whose SHA-256 did not match its header. */
    void trustChecksums() {
        checksumsVerified = true;
    }

    /**
     * Runs {@code call} (on this thread, as the synchronous client signs) with bodies signed as they would be once
     * checksums are trusted, so that the question tries exactly what the answer will be relied on for.
     */
    void asIfTrusted(Runnable call) {
        trying.set(true);
        try {
            call.run();
        } finally {
            trying.remove();
        }
    }

    boolean checksumsTrusted() {
        return checksumsVerified;
    }

    @Override
    public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
        ContentStreamProvider payload = request.payload().orElse(null);
        if (!checksumsVerified && !trying.get() || payload == null || "https".equals(request.request().protocol())
                || request.request().firstMatchingHeader(CHECKSUM_HEADER).isEmpty()) {
            return sdk.sign(request);
        }
        // signed without the body, the SDK writes UNSIGNED-PAYLOAD and leaves the body as it is; then the body goes on
        SignedRequest signed = sdk.sign(request.copy(b -> b.payload(null)
                .putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, false)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)));
        return signed.copy(b -> b.payload(payload));
    }

    @Override
    public CompletableFuture<AsyncSignedRequest> signAsync(AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
        return sdk.signAsync(request); // the store's client is synchronous
    }
}
