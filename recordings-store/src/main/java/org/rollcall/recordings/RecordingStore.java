package org.rollcall.recordings;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Keeps call recordings in an S3 API. Implementations are thread-safe. */
public interface RecordingStore {

    /**
     * Stores a WAV recording under {@code key}, computing its SHA-256 while streaming and having the store verify
     * it. Storing the same key again with the same bytes is harmless.
     *
     * @param expectedSha256 hex SHA-256 the bytes must have, or null to accept what is computed
     * @throws InvalidRecordingException for empty, non-WAV or mismatching bytes; nothing is kept then
     * @throws RecordingStoreException when the store is unreachable
     */
    StoredRecording store(RecordingKey key, InputStream wav, long length, String expectedSha256);

    Optional<StoredRecording> find(RecordingKey key);

    /** Opens the recording for playback; {@code range} may be null for the whole object. */
    RecordingContent open(RecordingKey key, ByteRange range);

    /** A short-lived URL a browser can fetch the recording from directly. */
    URI presignedUrl(RecordingKey key, Duration validFor);

    /** Deletes the recording; a no-op when it does not exist. */
    void delete(RecordingKey key);
}
