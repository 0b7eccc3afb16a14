package org.rollcall.recordings.s3;

import java.util.Set;

import org.rollcall.recordings.CorruptedInTransitException;
import org.rollcall.recordings.RecordingStoreException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns AWS SDK exceptions into the port's exceptions, keeping SDK types out of callers. */
final class S3Failures {

    private static final Set<String> CHECKSUM_ERRORS = Set.of("BadDigest", "InvalidDigest",
            "XAmzContentChecksumMismatch", "XAmzContentSHA256Mismatch");

    private S3Failures() {
    }

    /** The S3 API refused a body because it did not match its checksum header. */
    static boolean isChecksumMismatch(S3Exception e) {
        return CHECKSUM_ERRORS.contains(errorCode(e));
    }

    static boolean isNotFound(S3Exception e) {
        return e.statusCode() == 404;
    }

    static RuntimeException translate(String what, S3Settings settings, SdkException e) {
        // The digest was computed from the bytes as read, so a mismatch at the server is damage on the wire.
        if (e instanceof S3Exception s3 && isChecksumMismatch(s3)) {
            return new CorruptedInTransitException("the S3 API refused to " + what + ": the bytes it received do "
                    + "not match their SHA-256 (" + s3.awsErrorDetails().errorCode() + "), so they were damaged "
                    + "on the way; nothing was stored, send the file again", e);
        }
        String where = settings.bucket() + " at " + (settings.endpoint() == null ? "AWS S3 " + settings.region()
                : settings.endpoint());
        return new RecordingStoreException("could not " + what + " in bucket " + where + ": " + describe(e), e);
    }

    private static String describe(SdkException e) {
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            // HEAD answers carry no body, so no error code: the status alone must tell
            String message = s3.awsErrorDetails().errorMessage();
            return "HTTP " + s3.statusCode() + " " + errorCode(s3) + (message == null ? "" : ": " + message)
                    + (s3.statusCode() == 403 ? " (check the access key, secret key and region)" : "");
        }
        return e.getMessage();
    }

    private static String errorCode(S3Exception e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
                : e.awsErrorDetails().errorCode();
    }
}
