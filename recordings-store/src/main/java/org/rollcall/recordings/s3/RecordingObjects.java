package org.rollcall.recordings.s3;

import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.StoredRecording;

import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * How a recording maps onto an S3 object. Metadata is a fixed set of machine values (call id, digest, duration)
 * so no free text, and so no personal data, can ever be attached to an object.
 */
final class RecordingObjects {

    static final String CONTENT_TYPE = "audio/wav";
    static final String CALL_ID = "call-id";
    static final String SHA256 = "sha256";
    static final String DURATION_MS = "duration-ms";

    private RecordingObjects() {
    }

    static Map<String, String> metadata(RecordingKey key, String sha256, Duration duration) {
        return Map.of(CALL_ID, key.callId().toString(), SHA256, sha256, DURATION_MS,
                Long.toString(duration.toMillis()));
    }

    static StoredRecording fromHead(RecordingKey key, java.time.Clock clock, HeadObjectResponse head) {
        Map<String, String> metadata = head.metadata();
        String duration = metadata.get(DURATION_MS);
        return new StoredRecording(key, head.contentLength(), metadata.get(SHA256),
                head.contentType() == null ? CONTENT_TYPE : head.contentType(),
                duration == null ? null : Duration.ofMillis(Long.parseLong(duration)),
                head.lastModified() == null ? clock.instant() : head.lastModified());
    }

    /** The x-amz-checksum-sha256 form of a hex digest. */
    static String base64(String sha256Hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
    }

    static String base64(byte[] digest) {
        return Base64.getEncoder().encodeToString(digest);
    }
}
